// The name formats of k8s.io/apimachinery/pkg/util/validation (1.34.1): the regex sources the
// API's messages quote, and the expressions themselves. apimachinery.ts builds upstream's checks
// and messages on them; the forms (src/pod/names.ts) test against them directly, so the first
// screen does not carry the API's long messages.

export const QNAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
export const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
export const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`;
export const DNS1035_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
export const LABEL_VALUE_FMT = `(${QNAME_FMT})?`;

/** A qualified name's name part (`IsQualifiedName` after the optional `prefix/`). */
export const QUALIFIED_NAME = new RegExp(`^${QNAME_FMT}$`);
/** `IsDNS1123Label`'s expression. */
export const DNS1123_LABEL = new RegExp(`^${LABEL_FMT}$`);
/** `IsDNS1123Subdomain`'s expression. */
export const DNS1123_SUBDOMAIN = new RegExp(`^${SUBDOMAIN_FMT}$`);
/** `IsDNS1035Label`'s expression. */
export const DNS1035_LABEL = new RegExp(`^${DNS1035_FMT}$`);
/** `IsValidLabelValue`'s expression (empty allowed). */
export const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);
