export type { DisclosureDocument } from "./document";
export { DISCLOSURE_FORMAT, DISCLOSURE_FORMAT_VERSION } from "./document";
export type { SchemaIssue, SchemaIssueCode, SchemaPath } from "./issues";
export { formatSchemaIssue } from "./messages";
export { parseDisclosure, parseDisclosureJson } from "./parse";
export { serializeDisclosure, stringifyDisclosure } from "./serialize";
