/** What reading one object gave. */
export type BlobRead = {
    kind: 'text';
    text: string;
    size: number;
} | {
    kind: 'binary';
    size: number;
} | {
    kind: 'too-large';
    size: number;
} | {
    kind: 'missing';
}
/** A commit object's raw text (read to learn a commit's author and subject). */
 | {
    kind: 'commit';
    id: string;
    text: string;
}
/** The name resolves to something that is not a file: a tree, or a submodule's commit. */
 | {
    kind: 'not-a-blob';
    type: string;
};
/**
 * Reads objects through one long-lived `git cat-file --batch` (never one process per file). Requests are
 * answered in order; objects above `maxSize` are streamed past without being held in memory. The
 * process starts on the first read and ends with `close()` (a later read starts a new one).
 */
export declare class BlobReader {
    #private;
    constructor(opts: {
        cwd: string;
        maxSize: number;
        what: string;
    });
    /**
     * Reads an object by name: a blob id, `REV:path`, `:0:path` (the index), or `REV^{commit}`. Text is
     * decoded as UTF-8 (BOM removed); binary means a NUL byte in the first 8000 bytes.
     * @throws SealgateError('GIT') when git cannot run or dies.
     */
    read(name: string): Promise<BlobRead>;
    /** Text of the object, or undefined when it is missing, binary, too large or not a file. */
    readText(name: string): Promise<string | undefined>;
    /** Ends the process after it has answered every request. */
    close(): Promise<void>;
}
