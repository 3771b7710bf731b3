// punycode 2 ships an ES module without types; the one function Siyaq uses.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
