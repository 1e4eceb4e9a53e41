// natural's package root loads database clients and prints at import, so essaylens imports
// single modules by path; these declarations type the ones it uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
