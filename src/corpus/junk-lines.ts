// Generic web-copy junk: the lines a copy of a news page carries that are not the article.
// Each pattern is anchored and free of nested quantifiers, so matching stays linear.

const JUNK: RegExp[] = [
  /^(subscribe|sign up|signup|register)\b.{0,120}$/i,
  /\b(newsletter|subscribe to|sign up (for|to)|unsubscribe)\b/i,
  /^(connect|follow|like) (with )?us\b/i,
  /^share\b.{0,60}$/i,
  /^(share|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit)( (this|on|via|article|story))?\W*$/i,
  /^tags?( in this article)?\b\W*/i,
  /^topics?\s*:/i,
  /^\d{1,3}\s*(-|\s)?(min|mins|minute|minutes)( read)?\.?$/i,
  /^(read|listen|watch) (also|more|next|now)\b/i,
  /^(also,? )?(check|see|read)( also| out| more)?\s*:/i,
  /^(related|recommended|more (from|on|in)|most (popular|read|viewed)|trending|latest( news| podcast| stories)?|editor'?s picks|you may also like|don'?t miss)\b.{0,60}$/i,
  // "RELATED: Trump orders ByteDance to sell …": a link to another story, however long its headline.
  /^(related|read more|see also|more on this|also read)\s*:\s*\S.{0,160}$/i,
  /^advertisement\W*$/i,
  /^(sponsored|promoted)( content)?\W*$/i,
  /^this (article|story|page) is (more than|over) \d+ (years?|months?) old\W*$/i,
  /^(photo|image|picture|video|graphic|illustration|credit|source)s?\s*(:|\/|by\b)/i,
  /\((photo|image|picture|credit|foto)s?\s*:[^)]{0,200}\)\s*$/i,
  // A caption ending in its credit: "Smoke rises over the port. Photo: AFP", "[Image] …".
  /^.{0,300}[.)]\s+(photo|photograph|image|picture|credit)s?\s*:\s*[^.:]{2,80}$/i,
  /^\[(image|photo|picture|video)\]/i,
  /^(image|media) (caption|copyright|source)\b/i,
  /\b(getty images|afp via getty|shutterstock|reuters\/|ap photo)\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^\(?(reporting|additional reporting|writing|editing|compiled) by\b/i,
  /^(accept|reject|manage) (all )?(cookies|preferences)\W*$/i,
  /^(home|menu|search|log ?in|sign in|close|back to top|accessibility (help|links)|donate|notifications)\W*$/i,
  // "Skip to content", "Skip to site index", "Skip to main navigation".
  /^skip to( the)?( main| site)? (content|index|navigation|search|footer)\W*$/i,
  /^(give|gift) this article\W*$/i,
  // A newspaper site's footer: "Appeared in the March 4, 2021, print edition as 'Grid Chief Fired'."
  /^(this article )?appeared in the .{0,40}\bprint edition\b.{0,200}$/i,
  /^a version of this (article|story) appear(s|ed) in print\b.{0,200}$/i,
  // An audio player's help link: "Keyboard shortcuts for audio player".
  /^keyboard shortcuts\b.{0,40}$/i,
  /^(create|open) (a |an |your )?(free )?account\W*$/i,
  // A local site's weather box: "Weather: 28°F Light snow", "Today: Cloudy, 6°C".
  /^(weather|today)\s*:.{0,40}\d\s*°/i,
  /^(comments?|\d+ comments?|leave a (comment|reply))\W*$/i,
  /^(click here|tap here)\b/i,
  /^(like\s+)?loading\W*$/i,
  /^this (article|story) appeared in\b/i,
  /^(listen to this (story|article)|reuse this content|explore more on these topics|like this:?)\W*$/i,
  /^(media|press) contacts?\s*:/i,
  // Market widgets and "Follow our coverage at https://…".
  /\bquotes (are )?delayed\b/i,
  /^reproduction\b.{0,80}\bpermission\b/i,
  /^(follow|read|see|find|get) .{0,120}https?:\/\//i,
  /\bcontributed to this report\W*$/i,
  /^our standards:/i,
  /^(listen to|download) (this|the|our) (article|podcast|episode|app)\b/i,
  // Audio players and picture viewers: "Your browser does not support the <audio> element."
  /^your browser does not support\b/i,
  /^enjoy more audio\b/i,
  /^enlarge\s*\/\s/i,
  /^\d+ with \d+ posters participating\W*$/i,
  /^the trust project\W*$/i,
  // A writer's contact line: "Email jane@site.example // Twitter @jane".
  /^(e-?mail|twitter|contact)\b.{0,100}@\w/i,
];

/** Headers of reader comments: the article has ended, whatever prose follows is readers'. */
const COMMENTS_HEADER =
  /^(\d+ )?(promoted |reader |readers'? |top |featured |most liked )?(comments?|discussion|responses)\b.{0,30}$/i;

export function isCommentsHeader(line: string): boolean {
  return line.trim().split(/\s+/).length <= 5 && COMMENTS_HEADER.test(line.trim());
}

/** Headers of link lists: the short lines under them are links, not prose. */
const LINK_LIST_HEADER =
  /^(read also|also,? check|see also|related( articles| stories| news)?|read (more|next)|more (from|on|in) \w+|more must[- ]reads?|must[- ]reads?|recommended|further reading|you may also like|latest|most (popular|read|viewed|shared)|trending|more stories|topics|explore more on these topics)\b.{0,40}$/i;

/** An author bio: the closing paragraph about the writer, not the news. */
const BIO =
  /\b(covers (telecoms|technology|tech|business|politics|the)|^\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ covers |is an? ([\w-]+ ){0,3}(reporter|writer|journalist|editor|correspondent|contributor)|writes about|has been (writing|reporting)|follow (him|her|them) on|you can reach (him|her|them))\b/iu;

/** Junk that may be long: notices and cookie banners. Everything in JUNK is a short line. */
const LONG_JUNK: RegExp[] = [
  /\b(cookies?|privacy policy|terms of (use|service))\b.{0,80}\b(accept|agree|use|consent|policy)\b/i,
  /\b(automatically translated|machine[- ]translated|translated from \w+ (to|into) \w+)\b/i,
];

/** "Home  About  Contact", "Business | Profile", "Home > News > Networks": site navigation. */
function isNavigation(text: string): boolean {
  // The separators first: "Profile   ·   Magazine" is two parts, not "Profile", "·" and "Magazine".
  const parts = text.split(/\s*[|>›»•·]\s*|\s{2,}|\s\/\s/).filter(Boolean);
  return (
    (parts.length >= 3 || parts.every((part) => !part.includes(' '))) &&
    parts.length >= 2 &&
    parts.length <= 12 &&
    // ("US & Canada", "Gaming & Culture": up to three words an item.)
    parts.every((part) => /^[\p{Lu}\d][\p{L}\d&'’-]*( [\p{L}\d&'’-]+){0,2}$/u.test(part))
  );
}

/** An account or menu item: "Sign in", "Register", "Donate", "Skip to content". */
const MENU_ITEM =
  /^(sign (in|up|out)|log ?(in|out)|register|donate|notifications|subscribe\b.{0,30}|menu|search|home|my account|skip to (main )?(content|navigation|footer)|accessibility (help|links)|keyboard shortcuts)$/i;

/** "Donate   Sign in", "Skip to content   Accessibility help": short items apart, one of them a
 * menu or account word (menu items need not be capitalised, unlike isNavigation's). */
function isMenuRow(text: string): boolean {
  const parts = text.split(/\s{2,}|\s*[|·•]\s*/).filter(Boolean);
  return (
    parts.length >= 2 &&
    parts.length <= 12 &&
    parts.every((part) => part.split(' ').length <= 4) &&
    parts.some((part) => MENU_ITEM.test(part))
  );
}

export function isJunkLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 1200) return false;
  if (text.length <= 120 && (isNavigation(text) || isMenuRow(text))) return true;
  if (LONG_JUNK.some((pattern) => pattern.test(text))) return true;
  return text.length <= 180 && JUNK.some((pattern) => pattern.test(text));
}

export function isLinkListHeader(line: string): boolean {
  // A header stands alone ("Most popular"); a longer line starting so is a navigation row.
  const text = line.trim();
  return text.split(/\s+/).length <= 5 && LINK_LIST_HEADER.test(text);
}

export function isAuthorBio(paragraph: string): boolean {
  return paragraph.length < 1200 && BIO.test(paragraph);
}
