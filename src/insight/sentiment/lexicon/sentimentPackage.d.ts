/** The `sentiment` package's English language module (AFINN-165 labels); the package ships no types for it. */
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> }
  export default english
}
