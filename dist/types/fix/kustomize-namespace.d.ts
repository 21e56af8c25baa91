export type KustomizeNamespace = 
/** No kustomization that includes the file sets a namespace (or none includes it). */
{
    kind: 'none';
}
/** Every chain gives the same namespace; `from` is the (base-relative) kustomization that sets it. */
 | {
    kind: 'one';
    namespace: string;
    from: string;
}
/** The chains disagree; `(none)` stands for a chain that sets no namespace. */
 | {
    kind: 'several';
    namespaces: string[];
};
/** Resolves namespaces for files under `baseDir`; the kustomizations are read once, on first use. */
export declare class KustomizeNamespaces {
    private includedBy;
    private readonly baseDir;
    private readonly inRepo;
    /** `baseDir`: the repository root (`inRepo`: list its files with git) or the directory being fixed. */
    constructor(baseDir: string, inRepo: boolean);
    /** The namespace kustomize gives `absFile`. */
    of(absFile: string): Promise<KustomizeNamespace>;
    private load;
    private kustomizationFiles;
}
