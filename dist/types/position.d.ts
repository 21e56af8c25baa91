/** Offsets are 0-based UTF-16 indexes into a text; lines and columns shown to users are 1-based. */
export interface Position {
    line: number;
    column: number;
}
/** Maps offsets to 1-based line/column with a binary search over line starts (built once per text). */
export declare class LineIndex {
    readonly starts: number[];
    readonly text: string;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based position of `offset` (clamped to the text). */
    position(offset: number): Position;
    /** Offset of the first character of 1-based `line`. */
    lineStart(line: number): number;
    /** Text of 1-based `line` without its line terminator (`\n` or `\r\n`). */
    lineText(line: number): string;
}
