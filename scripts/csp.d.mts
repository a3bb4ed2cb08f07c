export declare const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]>;
export declare const CSP_META: string;
export declare const CSP_HEADER: string;
