// Installs the English catalog as the language every key falls back to. Imported for its effect
// by the runtimes that speak English or may need to: the English page (as its language module),
// the command line and the tests. A Japanese or Korean page does not import it.
import { EN } from './en';
import { installEnglish } from './messages';

installEnglish(EN);
