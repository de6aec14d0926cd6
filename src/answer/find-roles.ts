// References by role → people: "Vodafone's boss", "the spokesman for China's foreign affairs",
// "the company's finance chief". A person is named when at least two of the question's words meet
// one of their roles (one of them in the role's title), and a possessive owner ("Vodafone's")
// belongs to that role; a generic owner ("the company's") constrains nothing.
import {
  canonicalPlace,
  isCountry,
  isRoleWord,
  isTenureWord,
  placeNames,
  ROLE_NOUNS,
  TENURE_WORDS,
  TOP_POSTS,
} from '../corpus/lexicon.js';
import type { Entity } from '../corpus/types.js';
import { isEntityNoun } from '../language/answer-types.js';
import { HONORIFICS } from '../language/honorifics.js';
import { isStopWord } from '../language/stop-words.js';
import type { Steps } from '../steps.js';
import { expand, stem, terms, words } from './terms.js';

export interface RoleFinder {
  /** The people a phrase names by role. One word ("the CEO") names someone only when one person
   * holds it, unless `every` asks for all its holders (a topic may then tell them apart). */
  find(question: string, every?: boolean): Entity[];
  /** The organisation a phrase names by what the articles call it ("Singapore's state investment
   * firm" for Temasek), when one description holds every word of the phrase that matters. */
  described(phrase: string): Entity | undefined;
}

interface RoleEntry {
  entity: Entity;
  /** The title's terms; entries with the same terms share one set. */
  title: Set<string>;
  /** The title's words that say what the post is: no people's names or honorifics ("Ms Lind's
   * lawyers" is a post of "lawyers"). */
  post: Set<string>;
  /** The terms of the organisation's names and of the names in the title; shared like titles. */
  of: Set<string>;
}

const NAME_BEFORE = /(?<=\s)(\p{Lu}[\p{L}\p{N}&-]*)\s+(\p{L}+)/gu;
const POSSESSIVE = /([\p{L}][\p{L}\p{N}&-]*)['’]s?\s+[\p{L}]/gu;

/** Built as steps (see steps.ts): tens of thousands of roles at 10,000 articles. */
export function* createRoleFinderSteps(entities: Entity[]): Steps<RoleFinder> {
  // An organisation goes by all its names: "the MI6 chief" is the Secret Intelligence Service's.
  const namesOf = new Map<string, string[]>();
  // Words of organisation and place names: in a title ("Huawei Chief Representative to the EU")
  // they say whose role it is, not what the role is.
  const nameWords = new Set<string>();
  // A one-word name's other names ("China": "Chinese", "PRC"): "the Chinese spokesman" is the
  // spokesman whose title says China.
  const otherNames = new Map<string, string[]>();
  for (const entity of entities)
    if (entity.type !== 'person') {
      // A country goes by its people's name too, written in the articles or not ("Lebanese").
      const labels = [
        entity.name,
        ...entity.aliases,
        ...(entity.type === 'place' ? placeNames(entity.name) : []),
      ];
      for (const label of labels) {
        namesOf.set(label.toLowerCase(), labels);
        for (const t of terms(label)) nameWords.add(t);
      }
      // Keyed by each one-word name, so "Canadian Transport Minister" is Canada's too.
      const own = terms(entity.name);
      if (own.length === 1 && own[0]) {
        const all = labels.flatMap((l) => terms(l));
        for (const label of labels) {
          const one = terms(label);
          if (one.length === 1 && one[0] && !otherNames.has(one[0])) otherNames.set(one[0], all);
        }
      }
    }
  // Words of people's names and honorifics: in a title ("Ms Lind's lawyers") they say whose post
  // it is.
  const personWords = new Set<string>();
  for (const entity of entities)
    if (entity.type === 'person')
      for (const label of [entity.name, ...entity.aliases]) for (const t of terms(label)) personWords.add(t);
  // What the articles call an organisation ("France's cybersecurity agency" for ANSSI): words that
  // find the people it gives a title to, as its names do.
  const describedAs = new Map<string, string[]>();
  for (const entity of entities)
    if (entity.type === 'org' && entity.roles.length)
      describedAs.set(
        entity.name.toLowerCase(),
        entity.roles.flatMap((r) => terms(r.title)),
      );
  yield;
  const homes = yield* mostNamedWith(entities, (e) => e.type === 'place' && isCountry(e.name));
  const home = (person: Entity) => homes(person)[0];
  const employers = yield* mostNamedWith(entities, (e) => e.type === 'org');
  const employer = (person: Entity) => employers(person)[0];
  // (A state, province or city: "Attorney General Josh Stein", in a Charlotte paper's piece about
  // North Carolina, is North Carolina's attorney general: the two most named.)
  const regions = yield* mostNamedWith(entities, (e) => e.type === 'place' && !isCountry(e.name));
  const entries: RoleEntry[] = [];
  // Thousands of people share a title ("chief financial officer") and an employer's name: a question
  // reads each distinct set of terms once (see find), not once per role.
  const shared = new Map<string, Set<string>>();
  const share = (words: string[]): Set<string> => {
    const set = new Set(words);
    const key = [...set].join(' ');
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, set);
    return set;
  };
  // Title word → the entries holding it (in entry order): a question reads only the roles whose
  // title it could meet, not every role of the corpus.
  const byTitleWord = new Map<string, number[]>();
  for (const [n, entity] of entities.entries()) {
    if (n % 100 === 99) yield;
    if (entity.type !== 'person') continue;
    for (const role of entity.roles) {
      const written = terms(role.title);
      // (A role noun stays the title's even when a name holds its stem: "Administrator" of the
      // "Federal Aviation Administration".)
      const title = share(written.filter((t) => !nameWords.has(t) || ROLE_STEMS.has(t)));
      if (!title.size) continue;
      for (const w of title) {
        let list = byTitleWord.get(w);
        if (!list) {
          list = [];
          byTitleWord.set(w, list);
        }
        list.push(entries.length);
      }
      // A bare title ("President Michel Aoun") is held where the person's articles are about:
      // "the Lebanese president" is the president of articles about Lebanon.
      // ("Attorney General" is bare though an "Attorney's Office" is named; a lone "General", a
      // name's word too, is left as it was read.)
      const bare =
        !role.of && written.every((t) => !nameWords.has(t) || (written.length > 1 && ROLE_STEMS.has(t)));
      // A company title held bare ("Rotating chairman Eric Xu", under a photo) is held at the
      // company their articles name most.
      const inCompany = written.some((t) => COMPANY_TITLES.has(t));
      const where = bare ? ((inCompany ? employer(entity) : undefined) ?? home(entity)) : undefined;
      const areas = bare && !inCompany ? regions(entity).slice(0, 2) : [];
      // A post is held in the country its paragraph is about too: the head of ANSSI is "the head
      // of France's cyber security agency".
      // (With no country in its paragraph, an organisation's post is held in the country the
      // person's articles are about: ANSSI's director-general is "France's cybersecurity chief".)
      const country = role.in ?? (role.of && !bare ? home(entity) : undefined);
      const of = [
        ...(role.of ? (namesOf.get(role.of.toLowerCase()) ?? [role.of]) : []),
        ...(where ? (namesOf.get(where.toLowerCase()) ?? [where]) : []),
        ...areas,
        ...(country ? (namesOf.get(country.toLowerCase()) ?? [country]) : []),
      ];
      // The title's name words ("Huawei", "EU") count with the organisation's names.
      entries.push({
        entity,
        title,
        post: share([...title].filter((t) => !personWords.has(t) && !HONORIFICS.test(t))),
        of: share([
          ...written.filter((t) => nameWords.has(t)).flatMap((t) => otherNames.get(t) ?? [t]),
          ...of.flatMap((n) => terms(n)),
          ...(role.of ? (describedAs.get(role.of.toLowerCase()) ?? []) : []),
        ]),
      });
    }
  }
  const long = [...byTitleWord.keys()].filter((w) => w.length >= 5);
  /** Entries whose title some asked term meets (see `meets`), in entry order. */
  const candidates = (asked: string[]): RoleEntry[] => {
    const found = new Uint8Array(entries.length);
    const add = (w: string) => {
      for (const i of byTitleWord.get(w) ?? []) found[i] = 1;
    };
    for (const t of asked) {
      for (const x of [
        t,
        ...expand(t),
        ...(LEADS.has(t) ? TOP_TITLES : []),
        ...(TOP_TITLES.includes(t) ? GENERIC_HEADS : []),
      ])
        add(x);
      if (t.length >= 5) for (const w of long) if (w.startsWith(t) || t.startsWith(w)) add(w);
    }
    return entries.filter((_, i) => found[i] === 1);
  };
  // Each description's terms → the organisations it was given to.
  // Description term → the descriptions holding it: a phrase reads only those it could meet.
  const descriptions = new Map<string, { entity: Entity; words: Set<string> }[]>();
  for (const entity of entities)
    if (entity.type === 'org')
      for (const role of entity.roles) {
        const words = new Set(terms(role.title));
        if (words.size < 2) continue;
        const entry = { entity, words };
        for (const w of words) {
          const list = descriptions.get(w);
          if (list) list.push(entry);
          else descriptions.set(w, [entry]);
        }
      }
  return {
    described(phrase) {
      const asked = [...new Set(terms(phrase))];
      if (asked.length < 2) return undefined;
      const fits = asked
        .flatMap((t) => descriptions.get(t) ?? [])
        .filter((d) => asked.every((t) => meets(t, d.words)));
      const orgs = [...new Set(fits.map((d) => d.entity))];
      return orgs.length === 1 ? orgs[0] : undefined;
    },
    find(question, every = false) {
      // A role is asked by a role word ("chief", "minister", "head"): "the 737 MAX" names no one,
      // though it is in the title of the "737 MAX chief technical pilot".
      if (
        !words(question).some(
          (w) => isRoleWord(w) || LEADS.has(stem(w)) || isRoleWord(w.replace(/men$/, 'man')),
        )
      )
        return [];
      // "the spokeswomen", "chairmen": a title asked in the plural is the title. "The company's
      // finance chief": a kind of owner ("company") is no word of the role.
      const generic = new Set(
        [...question.matchAll(POSSESSIVE)]
          .map((m) => (m[1] ?? '').toLowerCase())
          .filter(isEntityNoun)
          .map(stem),
      );
      const asked = [
        ...new Set(terms(question.replace(/\b(\p{L}{3,})men\b/giu, '$1man')).filter((t) => !generic.has(t))),
      ];
      if (asked.length === 0 || entries.length === 0) return [];
      // One word asks for a role alone ("the spokesman"): it names someone only when one person holds it.
      const needed = Math.min(2, asked.length);
      // "the company's" names a kind, not an owner: only a name constrains the role.
      // (Only an owner of a role: "the retailer's shares" owns no one.)
      const owners = [...question.matchAll(POSSESSIVE)]
        .filter((m) =>
          ownsRole(
            question.slice(Math.max(0, m.index - 30), m.index),
            question.slice(m.index + m[0].length - 1, m.index + m[0].length + 40),
          ),
        )
        .map((m) => (m[1] ?? '').toLowerCase())
        .filter((o) => !isEntityNoun(o))
        .map(stem);
      // "The Tesla boss", "the Robinhood CEO": an organisation's name right before the role word
      // owns it as a possessive would.
      for (const m of question.matchAll(NAME_BEFORE)) {
        const owner = stem((m[1] ?? '').toLowerCase());
        const role = m[2] ?? '';
        if (m.index > 0 && nameWords.has(owner) && (isRoleWord(role) || LEADS.has(stem(role))))
          owners.push(owner);
      }
      // The words of the post itself ("chief financial officer", "finance minister") and the places
      // it is held in ("ambassador to France"): a holder's title must not differ from the first
      // and their organisations must hold every one of the second.
      const post = postWords(question).filter(
        (t) => (!nameWords.has(t) || ROLE_STEMS.has(t)) && !generic.has(t),
      );
      // (A place the articles never name is held by no one in them.)
      const heldIn = placesAfter(question)
        .filter((p) => canonicalPlace(p) !== undefined || terms(p).some((t) => nameWords.has(t)))
        .flatMap((p) => terms(canonicalPlace(p) ?? p));
      // (Word for word: "chief" stands for a "chief executive", but the "executive" of a title is
      // a word the question does not ask.)
      const metByAsked = (w: string) =>
        asked.some(
          (t) => t === w || (t.length >= 5 && w.length >= 5 && (t.startsWith(w) || w.startsWith(t))),
        );
      // Which asked terms meet a set of terms, worked out once per shared set.
      const met = new Map<Set<string>, boolean[]>();
      const meeting = (words: Set<string>): boolean[] => {
        let out = met.get(words);
        if (!out) {
          out = asked.map((t) => meets(t, words));
          met.set(words, out);
        }
        return out;
      };
      const scored = new Map<Entity, number>();
      for (const entry of candidates(asked)) {
        if (owners.length && !owners.some((o) => entry.title.has(o) || entry.of.has(o))) continue;
        if (!heldIn.every((t) => entry.title.has(t) || entry.of.has(t))) continue;
        // "finance minister" is not the "prime minister", "chief financial officer" not the "chief
        // executive": each has a word the other lacks. A "defence lawyer" may be one of the lawyers.
        if (post.some((t) => !meets(t, entry.title)) && [...entry.post].some((w) => !metByAsked(w))) continue;
        // "the shadow digital minister" is not the digital minister, nor the director the deputy
        // director: a rank asked or held on one side only is another post.
        if (differsInRank(post, entry.title)) continue;
        const inTitle = meeting(entry.title);
        const inOf = meeting(entry.of);
        // A term meets the role's words when it meets its title or its organisation's names:
        // `meets` asks of each word alone, so the union splits.
        const count = asked.filter((_, i) => inTitle[i] || inOf[i]).length;
        // (Of two who meet as many words, the one whose title holds fewer words not asked: the
        // committee's "chairman" before the "chair of the subcommittee" under it.)
        // (A post asked by one word, "the chief", is told apart by the topic instead.)
        const unasked =
          asked.length > 1
            ? [...entry.post].filter(
                (w) =>
                  !entry.of.has(w) &&
                  !TENURE_STEMS.has(w) &&
                  !asked.some((t) => t === w || expand(t).includes(w)),
              ).length
            : 0;
        const score = count - TITLE_TIE * unasked;
        if (inTitle.some(Boolean) && count >= needed)
          scored.set(entry.entity, Math.max(scored.get(entry.entity) ?? 0, score));
      }
      if (needed === 1 && scored.size !== 1 && !every) return [];
      const best = Math.max(0, ...scored.values());
      return [...scored]
        .filter(([, s]) => s === best)
        .map(([e]) => e)
        .slice(0, every ? MAX_HOLDERS : 2);
    },
  };
}

/** What each title word not asked takes off, to break a tie between holders. */
const TITLE_TIE = 0.01;
/** How a post is held ("acting", "former"), which says nothing of which post it is. */
const TENURE_STEMS: ReadonlySet<string> = new Set(TENURE_WORDS.map(stem));

/** A role word among the words next to an owner: "Vodafone's *boss*", "the company's finance
 * *chief*", "the *head* of France's cyber agency". */
function ownsRole(before: string, after: string): boolean {
  const role = (w: string) => isRoleWord(w) || LEADS.has(stem(w.toLowerCase()));
  return after.trim().split(/\s+/).slice(0, 3).some(role) || before.trim().split(/\s+/).slice(-3).some(role);
}

/**
 * The words of each post a phrase asks for: a role word ("minister", "chief") with the words that
 * run up to it from the owner or article before ("Germany's *finance minister*", "the *chief
 * financial officer*"), and the role words right after it ("chief *executive*").
 */
function postWords(phrase: string): string[] {
  const raw = phrase.split(/\s+/);
  const tokens = raw.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const isRole = (w: string) => isRoleWord(w) || LEADS.has(stem(w.toLowerCase()));
  const inPost = (j: number) => {
    const w = tokens[j] ?? '';
    return w !== '' && !isStopWord(w.toLowerCase()) && !isTenureWord(w);
  };
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isRole(tokens[i] ?? '')) continue;
    let from = i;
    // Back to the owner ("Germany's") or an article; the owner is no word of the post.
    for (let j = i - 1; j >= 0 && i - j <= POST_REACH && inPost(j) && !/['’]s?$/.test(raw[j] ?? ''); j--)
      from = j;
    // On over words that lead to another role word: "chief technology officer".
    let to = i;
    for (let k = i + 1; k < tokens.length && k - to <= 2 && inPost(k); k++)
      if (isRole(tokens[k] ?? '')) to = k;
    out.push(...terms(tokens.slice(from, to + 1).join(' ')));
    i = to;
  }
  return [...new Set(out)];
}

/** Words a post runs over before its role word: "chief technology officer" has two. */
const POST_REACH = 3;

/** The names a post is held in or towards, right after its role word: "ambassador *to France*". */
function placesAfter(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(/\b(\p{L}+)\s+(?:to|in|at)\s+((?:\p{Lu}[\p{L}.-]*\s?){1,3})/gu))
    if (isRoleWord(m[1] ?? '')) out.push((m[2] ?? '').trim());
  return out;
}

/** Words that rank a post under or beside another of the same name. */
const RANKS = ['deputy', 'vice', 'assistant', 'associate', 'junior', 'shadow'].map(stem);

/** A rank asked and not held, or held and not asked: "the president" is not the vice-president.
 * Both sides as terms (stems). */
export function differsInRank(asked: readonly string[], title: { has(term: string): boolean }): boolean {
  return RANKS.some((r) => asked.includes(r) !== title.has(r));
}

/** A term that ranks a post ("vice", "deputy"). */
export const isRank = (term: string): boolean => RANKS.includes(term);

/** Holders of one title read at most, when all are asked for. */
const MAX_HOLDERS = 20;

const ROLE_STEMS: ReadonlySet<string> = new Set([...ROLE_NOUNS].map(stem));

/** Words for whoever leads, whatever the title: "the head of the FAA" is its administrator. */
const LEADS: ReadonlySet<string> = new Set(
  ['head', 'chief', 'boss', 'leader', 'top', 'led', 'lead', 'leads', 'headed', 'ran', 'run', 'runs'].map(
    stem,
  ),
);
/** Titles that say only that someone leads ("head of the committee"): any top title asked may be
 * theirs. ("chief" is not one: "finance chief" is no chairwoman.) */
const GENERIC_HEADS = ['head', 'leader'].map(stem);
/** Titles of the one who leads an organisation. */
const TOP_TITLES = TOP_POSTS.map(stem);

/** Articles read per person for their home place: the first few say where they act. */
const HOME_DOCS = 20;

/** Titles held in a company, not a country ("president" may be either: it is left out). */
const COMPANY_TITLES: ReadonlySet<string> = new Set(
  [
    'chairman',
    'chairwoman',
    'chairperson',
    'ceo',
    'cfo',
    'cto',
    'coo',
    'founder',
    'co-founder',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'executive',
  ].map(stem),
);

/**
 * Of the entities `candidate` accepts (countries: a president is Lebanon's, not Beirut's), those
 * named in the articles that name a person, most named first: where a bare title is held. Counted
 * from the candidates' mentions.
 */
function* mostNamedWith(
  entities: Entity[],
  candidate: (entity: Entity) => boolean,
): Steps<(person: Entity) => string[]> {
  const byDoc = new Map<string, Map<string, number>>();
  for (const [n, entity] of entities.entries()) {
    if (n % 500 === 499) yield;
    if (!candidate(entity)) continue;
    for (const m of entity.mentions) {
      let counts = byDoc.get(m.doc);
      if (!counts) {
        counts = new Map();
        byDoc.set(m.doc, counts);
      }
      counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
    }
  }
  const known = new Map<Entity, string[]>();
  return (person) => {
    const cached = known.get(person);
    if (cached) return cached;
    const total = new Map<string, number>();
    const docs = [...new Set(person.mentions.map((m) => m.doc))].slice(0, HOME_DOCS);
    for (const doc of docs)
      for (const [place, n] of byDoc.get(doc) ?? []) total.set(place, (total.get(place) ?? 0) + n);
    // Most named first; a tie goes to the one met first, as before.
    const ranked = [...total].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    known.set(person, ranked);
    return ranked;
  };
}

/** The term, a synonym, a stem that extends it ("financ" and "financi"), or the head of a
 * compound title ("minist" in "telecomminist"). */
function meets(term: string, words: Set<string>): boolean {
  if ([term, ...expand(term)].some((x) => words.has(x))) return true;
  if (LEADS.has(term) && TOP_TITLES.some((x) => words.has(x))) return true;
  // ("the chairman of the committee" is whoever "leads the committee".)
  if (TOP_TITLES.includes(term) && GENERIC_HEADS.some((x) => words.has(x))) return true;
  if (term.length < 5) return false;
  for (const w of words)
    if (w.length >= 5 && (w.startsWith(term) || term.startsWith(w) || w.endsWith(term))) return true;
  return false;
}
