// Every unit test speaks English unless it installs another language.
import '../src/i18n/english';
