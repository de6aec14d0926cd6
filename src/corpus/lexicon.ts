// General English lexicons for news text: place aliases, role nouns, organisation heads.
// Nothing here names an article; these are the words any news story uses.

/** Canonical place → its common aliases (abbreviations, short forms, demonym adjectives). */
export const PLACE_ALIASES: Record<string, string[]> = {
  'United States': [
    'US',
    'U.S.',
    'U.S',
    'USA',
    'U.S.A.',
    'America',
    'the States',
    'United States of America',
    'American',
    'Washington',
  ],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain', 'British'],
  'European Union': ['EU', 'E.U.'],
  China: ['PRC', "People's Republic of China", 'People’s Republic of China', 'Beijing', 'Chinese'],
  Europe: ['European'],
  Russia: ['Russian Federation', 'Moscow', 'Russian'],
  Germany: ['German', 'Berlin'],
  France: ['French', 'Paris'],
  Japan: ['Japanese', 'Tokyo'],
  India: ['Indian', 'New Delhi'],
  Canada: ['Canadian', 'Ottawa'],
  Australia: ['Australian', 'Canberra'],
  'New Zealand': ['NZ'],
  Taiwan: ['Taiwanese'],
  'South Korea': ['Korea', 'Republic of Korea', 'Seoul'],
  Italy: ['Italian'],
  Spain: ['Spanish'],
  Netherlands: ['the Netherlands', 'Holland', 'Dutch'],
  Belgium: ['Belgian'],
  Poland: ['Polish'],
  Denmark: ['Danish'],
  Sweden: ['Swedish'],
  Norway: ['Norwegian'],
  Finland: ['Finnish'],
  Austria: ['Austrian'],
  Switzerland: ['Swiss'],
  Iran: ['Iranian'],
  Israel: ['Israeli'],
  Brazil: ['Brazilian'],
  Mexico: ['Mexican'],
  'United Arab Emirates': ['UAE'],
  Vietnam: ['Vietnamese'],
  Ukraine: ['Ukrainian'],
};

/** Words that name a position; a phrase ending in one is a role ("vice president", "CEO"). */
export const ROLE_NOUNS = new Set(
  (
    'ceo cfo cto coo cio founder co-founder chairman chairwoman chair chairperson president vice-president director ' +
    'chief officer spokesman spokeswoman spokesperson minister secretary commissioner ambassador judge analyst ' +
    'reporter editor head leader representative executive manager senator governor mayor professor lawyer attorney ' +
    'prosecutor official chancellor premier king queen prince envoy adviser advisor economist researcher partner ' +
    'owner boss deputy general admiral consultant correspondent commentator inspector regulator member treasurer ' +
    'vice chiefs justice magistrate captain commander administrator investigator pilot superintendent negotiator ' +
    'coordinator strategist diplomat agent auditor detective sheriff counsel lieutenant colonel sergeant corporal brigadier ' +
    // Jobs below the boardroom ("lab associate", "whistleblower Erika Cheung").
    'engineer scientist technician associate whistleblower employee intern developer accountant chemist ' +
    // Ranks as written before a name ("Lt Gen Osama Rabie", "Sen. Warner").
    'lt gen col maj capt sgt cpl adm brig cmdr sen rep gov'
  ).split(' '),
);

/** The posts that run a body, whatever it calls them: who "runs", "leads" or is "in charge of" the
 * Federal Aviation Administration is its administrator, HiSilicon's its president. */
export const TOP_POSTS = [
  'head',
  'chief',
  'boss',
  'leader',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'president',
  'director',
  'administrator',
  'governor',
  'commissioner',
  'secretary-general',
  'director-general',
  'superintendent',
];

/** Words a body's initials leave out: "Court of Justice" is "CJ". */
export function isJoiningWord(word: string): boolean {
  return /^(?:of|the|and|for|&)$/.test(word);
}

/** A US lawmaker's party and state after the name ("D-Va.", "R-Fla"): no name, no title. */
export function isPartyTag(word: string): boolean {
  return /^(?:D|R|I|Ind)-\p{Lu}[\p{L}.]{0,12}$/u.test(word);
}

/** The post a verb of leading gives: "who chairs the committee" is its chair. */
export const POST_OF_VERB: Readonly<Record<string, string>> = {
  chairs: 'chair',
  leads: 'head',
  heads: 'head',
  runs: 'head',
  directs: 'director',
};

/** Heads that make a capitalised phrase an organisation ("Ministry of Trade", "Acme Technologies"). */
export const ORG_HEADS = new Set(
  (
    'company corporation corp inc ltd llc plc group holdings technologies technology telecom telecoms telecommunications ' +
    'networks communications ministry department commission committee council agency authority bureau office service ' +
    'services centre center institute institution institutions university college school party union association ' +
    'federation bank court parliament congress senate government administration police army navy force forces ' +
    'foundation fund board network media news times post journal herald tribune gazette press radio television tv ' +
    'airlines motors systems labs laboratories electronics industries enterprises partners capital ventures ' +
    'commission directorate assembly cabinet affairs institutions robotics semiconductors devices automotive mobile aerospace pharmaceuticals energy ' +
    'telekom telecommunication wireless broadband cable minerals mining metals resources software solutions logistics airways therapeutics biotech chemicals materials steel shipping marine insurance investments vision'
  ).split(' '),
);

/** Heads that make a capitalised phrase a place ("Great Bitter Lake", "St. Johns River"). */
export const PLACE_HEADS = new Set(
  (
    'lake lakes river sea ocean bay gulf canal strait straits island islands mountains valley desert peninsula coast ' +
    'cape county province district square street avenue boulevard'
  ).split(' '),
);

/** Corporate suffixes dropped when merging "Acme Technologies" with "Acme". */
export const CORPORATE_SUFFIXES = new Set(
  'technologies technology inc ltd llc plc corp corporation co group holdings ag sa se nv'.split(' '),
);

/** Gazetteer entries that are organisations of states rather than places. */
export const ORG_PLACES = new Set(['European Union']);

export { HONORIFICS } from '../language/honorifics.js';

import { MONTHS, WEEKDAYS } from '../language/calendar-words.js';
import COUNTRIES from '../language/countries.json' with { type: 'json' };

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set(
  (
    'i we you he she it they the a an this that these those there here his her ' +
    'its our their my your internet today yesterday tomorrow so'
  )
    .split(' ')
    .concat(MONTHS, WEEKDAYS),
);

const ALIAS_TO_PLACE = new Map<string, string>();
const PLACE_NAMES = new Map<string, string[]>();
const addPlace = (place: string, aliases: readonly string[]) => {
  for (const name of [place, ...aliases]) {
    const key = name.toLowerCase();
    // The hand list above speaks first: "Washington" is the United States' government.
    if (ALIAS_TO_PLACE.has(key)) continue;
    ALIAS_TO_PLACE.set(key, place);
    PLACE_NAMES.set(place, [...(PLACE_NAMES.get(place) ?? []), name]);
  }
};
for (const [place, aliases] of Object.entries(PLACE_ALIASES)) addPlace(place, aliases);
// Every country's name, demonym and other English spellings (scripts/build-countries.ts).
for (const [place, ...aliases] of COUNTRIES as string[][]) if (place) addPlace(place, aliases);

const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  (COUNTRIES as string[][]).map(([place]) => canonicalPlace(place ?? '') ?? place ?? ''),
);

/** Whether a place is a country of the gazetteer: "Sweden", not "Europe" or "Beirut". */
export function isCountry(place: string): boolean {
  return COUNTRY_NAMES.has(place);
}

/** A place's names as the gazetteer knows them ("Lebanon", "Lebanese", "Lebanese Republic"). */
export function placeNames(place: string): readonly string[] {
  return PLACE_NAMES.get(place) ?? [];
}

/** "U.S." → "United States"; undefined when the words are no known place alias. */
export function canonicalPlace(words: string): string | undefined {
  return ALIAS_TO_PLACE.get(words.toLowerCase().replace(/’/g, "'"));
}

export function isRoleWord(word: string): boolean {
  // "vice-chancellor", "co-founder": the last part names the position.
  const lower = word.toLowerCase().replace(/[.,]$/, '').split('-').pop() ?? '';
  // ("one of Ms Holmes's lawyers": a title in the plural is the title.)
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return (
    ROLE_NOUNS.has(lower) ||
    ROLE_NOUNS.has(singular) ||
    /minister$|president$|secretary$|officer$|commissioner$/.test(singular)
  );
}

/** Words that say when or how long a post is held, not which post: "the *former* MI6 chief". */
export const TENURE_WORDS = [
  'former',
  'ex',
  'then',
  'new',
  'current',
  'incoming',
  'outgoing',
  'acting',
  'interim',
  'late',
  'longtime',
  'top',
  'sitting',
  'permanent',
] as const;
const TENURE: ReadonlySet<string> = new Set(TENURE_WORDS);

export function isTenureWord(word: string): boolean {
  return TENURE.has(word.toLowerCase());
}

/** A title any of an organisation's people may speak under ("a spokesman", "officials"), not a
 * post one person holds. */
export function isVoiceTitle(word: string): boolean {
  return /^(?:spokes(?:man|woman|men|women|person|people)|representatives?|officials?|sources?|staff|employees?|executives|people)$/i.test(
    word,
  );
}

/** "Danish", "Chinese", "Canadian": a place's adjective, which describes rather than acts. */
export function isDemonym(words: string): boolean {
  const place = canonicalPlace(words);
  return (
    place !== undefined && place !== words && /(ish|ese|ian|an|ch|ss|i)$/i.test(words) && !/\s/.test(words)
  );
}
