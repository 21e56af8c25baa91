/**
 * Reads a git C-style quoted name (`"a\303\251 b\tc"`, as git prints paths with special bytes) starting
 * at `text[start]`, which must be `"`. Octal escapes are bytes, decoded together as UTF-8.
 * Returns the name and the index just after the closing quote, or undefined when the quote is not closed
 * or an escape is malformed (the caller then treats the text as unquoted).
 */
export declare function readQuoted(text: string, start: number): {
    name: string;
    end: number;
} | undefined;
/** A name as git prints it in `rename from`, `---` and similar lines: quoted or as is. */
export declare function unquoteName(text: string): string;
