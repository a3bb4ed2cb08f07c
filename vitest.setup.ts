import { setSyntaxWording } from './src/yaml/parse.ts';
import { syntaxWords } from './src/yaml/syntax-words.ts';

// Every unit test reads syntax errors in plain words, as the CLI and the app (once its validator
// has loaded) do. src/yaml/parse.test.ts checks the plain library wording before that.
setSyntaxWording(syntaxWords);
