/**
 * GitHub Actions workflow commands, escaped exactly as @actions/toolkit does (core/src/command.ts):
 * message data escapes `%`, CR, LF; property values also escape `:` and `,`.
 */
export declare function escapeData(s: string): string;
export declare function escapeProperty(s: string): string;
/** `::name key=value,…::message` with every part escaped. */
export declare function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string;
