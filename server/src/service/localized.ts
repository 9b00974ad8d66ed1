// The service speaks both languages through the protocol's one definition.
export { langFromLocale, pick, type Lang, type Localized } from '../protocol/language';
