// The Kubernetes schema's text, behind a module of its own: the editor imports this one
// dynamically, while the Helm export imports the JSON statically; a JSON module imported both ways
// would need the bundler's runtime in a chunk of the first page.
export { default as API_SCHEMA_TEXT } from '../../src/validate/schema/k8s.schema.json?raw';
