// Types for hocon-parser 1.0.1, which ships none. Only src/config/hocon.ts imports it.
declare module 'hocon-parser' {
  /**
   * Parses HOCON text. Throws a bare string (or occasionally an Error) without a position on
   * malformed input, and accepts much that is malformed; the result is untyped.
   */
  function parseHocon(text: string): unknown;
  export default parseHocon;
}
