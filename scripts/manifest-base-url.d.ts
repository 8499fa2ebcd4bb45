/** Types of manifest-base-url.js (plain CommonJS so webpack.config.js can require it). */
export declare const DEV_BASE_URL: string;
export declare const BASE_URL_VARIABLE: string;
export declare function normaliseBaseUrl(raw: string): string;
export declare function rewriteManifestUrls(manifestXml: string, baseUrl: string, devBaseUrl?: string): string;
export declare function productionBaseUrl(env?: Record<string, string | undefined>): string | undefined;
