import { type Document } from 'yaml';
import type { LineIndex } from '../position.js';
import { type ActionRanges } from './template.js';
import type { Diagnostic, ScalarStyle, Span, YNode } from './types.js';
/** Nesting deeper than this is not walked (a `depth-limit` diagnostic says so). */
export declare const MAX_DEPTH = 200;
/** At most this many nodes may be produced by alias expansion in one file (an `alias-limit` diagnostic says so). */
export declare const MAX_ALIAS_NODES = 10000;
/** State shared by every document of one file: the alias budget and the diagnostics already given. */
export interface ConvertState {
    lines: LineIndex;
    /** The text as written (differs from what was parsed when template actions were neutralised). */
    original: string;
    /** Offset of the parsed text inside `original` (for concatenated JSON values parsed one by one). */
    base: number;
    actions: ActionRanges;
    /** True when the parsed text is `original` with the actions neutralised (values of templated scalars are then read from `original`). */
    neutralised: boolean;
    aliasNodesLeft: number;
    diagnostics: Diagnostic[];
    reported: Set<string>;
}
export declare function newConvertState(lines: LineIndex, original: string, actions: ActionRanges, neutralised: boolean, diagnostics: Diagnostic[]): ConvertState;
/** Span of offsets `[start, end)` (relative to the parsed text) as 1-based positions. */
export declare function spanOf(state: ConvertState, start: number, end: number): Span;
/**
 * Converts one composed YAML document into a `YNode` tree. Aliases are resolved to the converted anchor
 * (shared, so memory stays linear) while the number of nodes they add stays within the file's budget;
 * merge keys (`<<`) are applied; nesting stops at `MAX_DEPTH`. Never throws on any document.
 */
export declare function convertDocument(doc: Document, state: ConvertState): YNode | undefined;
/** The value of a scalar as written in the original text (templated scalars): quotes and block headers removed. */
export declare function originalText(raw: string, style: ScalarStyle): string;
