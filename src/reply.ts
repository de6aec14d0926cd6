// The platform-neutral answer: each adapter renders it its own way (Block Kit, embeds, console, JSON).

export interface Citation {
  doc: string;
  title: string;
  date: string | null;
  /** Verbatim text of the article that supports the statement. */
  snippet: string;
}

export interface ReplyItem {
  text: string;
  /** Indexes into Reply.citations that support this item. */
  cites: number[];
}

export type ReplyKind =
  | 'restriction'
  | 'quotes'
  | 'who-said'
  | 'who-is'
  | 'when'
  | 'where'
  | 'on-date'
  | 'how-many'
  | 'search'
  /** Entities gathered across articles ("which companies are mentioned?"). */
  | 'list'
  | 'yes-no'
  | 'sources'
  | 'summary'
  | 'timeline'
  | 'on-this-day'
  | 'help'
  | 'not-found'
  | 'invalid'
  /** A fair-use limit was hit: adapters show it to the asker alone. */
  | 'limited';

export interface Reply {
  kind: ReplyKind;
  found: boolean;
  /** Lead line in plain text, no markup ("4 actors restricted Huawei:"). */
  text: string;
  items: ReplyItem[];
  /** Items cut to keep the answer short ("and N more"). */
  more: number;
  citations: Citation[];
  /** Follow-up questions a user can click or type. */
  suggestions: string[];
  /** Corpus entities the question was linked to, by display name. */
  entities: string[];
}

/** Plain text of a reply: what the JSON contract and the console print. */
export function replyToPlainText(reply: Reply): string {
  const lines = [reply.text, ...reply.items.map((item) => `- ${item.text}`)];
  if (reply.more > 0) lines.push(`…and ${reply.more} more.`);
  return lines.filter((line) => line.length > 0).join('\n');
}
