export declare const CHROMIUM_ARGS: string[];
export declare const SYSTEM_CHROMIUM: string;
export declare function chromiumExecutablePath(): string;
export declare function missingChromiumHint(): string | undefined;
