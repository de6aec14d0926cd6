// Verbs and nouns of saying, and the pronouns and generic nouns that stand for a speaker.

export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|continued|continues|stated|states|explained|explains|insisted|insists|argued|argues|' +
  'wrote|writes|noted|notes|replied|replies|answered|answers|warned|warns|declared|declares|emphasised|emphasized|' +
  'emphasises|emphasizes|stressed|stresses|responded|responds|commented|comments|confirmed|confirms|denied|denies|' +
  'claimed|claims|clarified|announced|announces|reiterated|admitted|admits|acknowledged|asserted|asserts|maintained|' +
  'maintains|predicted|urged|urges|cautioned|remarked|recalled|testified|conceded|concedes|reacted|complained|' +
  'complains|tweeted|tweets|saying|adding|telling|according to';

/**
 * '"…?" she asked', 'Durbin asked Zuckerberg: "…"': a question's verb introduces words beside a
 * quote; alone before words it is a request ("asked him to audit …"), which reports nothing.
 */
const QUESTION_VERB = 'asked';

/** The same verbs without the forms that are also plural nouns ("the comments", "claims"). */
export const ATTRIBUTION_VERBS = SPEECH_VERBS.split('|')
  .filter(
    (verb) =>
      !/^(states|notes|claims|comments|answers|replies|denies|maintains|complains|concedes|asserts|urges|admits|confirms|announces|responds|continues|writes|argues|warns|declares|explains|stresses|tells|tweets)$/.test(
        verb,
      ),
  )
  .concat(QUESTION_VERB)
  // '"…," the statement read': what a writing says (its issuer speaks; see resolve-speaker).
  .concat('read')
  .join('|');

/** Feelings announced before reported words: "Kang is particularly angry because ...". */
export const STANCE =
  '(?:is|was|are|were) (?:\\w+ )?(?:angry|unhappy|furious|concerned|worried|pleased|disappointed|surprised|adamant|clear)';

export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
/** "… called it \"a generational win\"", "called the executive order \"a significant step\"": words
 * that name a thing in the speaker's own terms. */
const NAMED_THING = "(?:it|them|this|that|(?:the|his|her|its|their) [A-Za-z'’-]+(?: [A-Za-z'’-]+){0,3})";
const NAMING_VERBS = `called ${NAMED_THING}|described ${NAMED_THING} as`;
/** A verb that introduces quoted words, a question's and a naming one included. */
export const QUOTING_VERBS = `${SPEECH_VERBS}|${QUESTION_VERB}|${NAMING_VERBS}`;
export const QUOTING_VERB = new RegExp(`\\b(?:${QUOTING_VERBS})\\b`, 'i');

export const PERSON_STAND_IN =
  /^(he|she|him|her|the (spokesman|spokeswoman|spokesperson|minister|executive|chief executive|ceo|chairman|chairwoman|president|official|founder|judge|lawyer|prosecutor|commissioner|ambassador))$/i;
/** Words that stand for the organisation spoken of last. */
export const ORG_STAND_IN =
  /^(it|its|the (company|firm|group|statement|message|post|letter|carrier|operator|bank|ministry|government|agency|regulator|newspaper|paper|report|document|maker|vendor|manufacturer|giant|board|court|police|university|office|department|commission|council))$/i;

export const FIRST_PERSON = /\b(I|we|We|me|us|my|our|Our|My)\b/;
