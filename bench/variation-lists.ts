// What the generator swaps in: invented people and organisations, and real country names.
// The names are made up on purpose, so a generated article can never be mistaken for news.

/** A comma-separated list written as prose, so the lists stay compact and readable. */
const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export const INVENTED_PEOPLE = list(`
  Adela Marsk, Bjorn Haldane, Carmen Otxoa, Dario Velluti, Elif Karaman, Farid Benaissa, Greta Lindholt,
  Hiroshi Kanemura, Ines Carvalhal, Jonas Pettersby, Kalinda Rao, Luka Maric, Mireille Daucourt, Nnamdi Okoro,
  Olga Vetrova, Pavel Dusek, Quentin Arbogast, Rosa Quintela, Sanjay Mehrotra, Tamsin Fairleigh, Ugo Benedetti,
  Vera Nordquist, Wei Lanfang, Xavier Dumoulin, Yara Haddad, Zoltan Kereszt, Amelie Brandvold, Bruno Castellano,
  Chiara Montefiori, Dmitri Sokolan, Esther Lindqvall, Felipe Arrieta, Gwen Tallis, Hamid Rostami, Ilona Kurkela,
  Jasper Wendell, Kofi Mensara, Leonie Fassbind, Mateo Irigoyen, Nadia Sulimova, Oskar Brenholm,
  Priya Venkatesan, Rafaela Souzinha, Stellan Horvik, Tariq Olumide, Ulla Marstrand, Viktor Halvorsen,
  Wanda Pilecka, Yusuf Demirtas, Zofia Brzezinka, Anders Tolvik, Beatriz Olmeda, Cyrus Farahani, Dagny Solheim,
  Emeka Nwosu, Fiona McAlister, Gideon Ashby, Hana Novakova, Ivo Radenkovic, Junko Matsuda
`);

export const INVENTED_ORGANISATIONS = list(`
  Norvik Systems, Qarbon Telecom, Altamira Networks, Brightwell Robotics, Cendra Semiconductors,
  Duskfield Holdings, Everline Mobile, Fernhill Capital, Glasswing Labs, Halvard Energy, Ironbark Security,
  Juniper Vale Bank, Kestrel Aerospace, Lumora Devices, Meridia Cloud, Nexaline Group, Orrin Motors,
  Palisade Media, Quillon Pharma, Redmarsh Logistics, Solvane Instruments, Tessaro Microsystems,
  Umbra Analytics, Veridane Telecom, Wexford Data
`);

/** Country names as articles write them; the generator permutes the ones an article mentions. */
export const COUNTRIES = list(`
  Argentina, Australia, Austria, Belgium, Brazil, Canada, Chile, China, Colombia, Czech Republic, Denmark,
  Egypt, Estonia, Finland, France, Germany, Greece, Hungary, India, Indonesia, Iran, Ireland, Israel, Italy,
  Japan, Kenya, Latvia, Lithuania, Malaysia, Mexico, Morocco, Netherlands, New Zealand, Nigeria, Norway, Peru,
  Poland, Portugal, Romania, Singapore, South Africa, South Korea, Spain, Sweden, Switzerland, Taiwan,
  Thailand, Turkey, United Kingdom, United States, Vietnam
`);

export const MONTHS = list(`
  January, February, March, April, May, June, July, August, September, October, November, December
`);

const firstWord = (name: string): string => name.split(' ')[0] ?? name;
const lastWordOf = (name: string): string => name.split(' ').at(-1) ?? name;
const HEADS = list(`
  Systems, Telecom, Networks, Robotics, Semiconductors, Holdings, Mobile, Capital, Labs, Energy, Security,
  Bank, Aerospace, Devices, Cloud, Group, Motors, Media, Pharma, Logistics, Instruments, Microsystems,
  Analytics, Data, Communications, Technologies, Industries, Partners
`);

/**
 * Thousands of distinct people and organisations for the large corpora: every invented first name
 * with every invented surname (3,600), and every invented stem with every corporate head (about
 * 2,400), so the engine's name indexes grow as they would over years of coverage.
 */
export const MANY_PEOPLE: readonly string[] = INVENTED_PEOPLE.flatMap((first) =>
  INVENTED_PEOPLE.map((last) => `${firstWord(first)} ${lastWordOf(last)}`),
);
export const MANY_ORGANISATIONS: readonly string[] = [
  ...new Set([...INVENTED_ORGANISATIONS.map(firstWord), ...INVENTED_PEOPLE.map(lastWordOf)]),
].flatMap((stem) => HEADS.map((head) => `${stem} ${head}`));
