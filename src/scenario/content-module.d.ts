// The checked scenario content, made by src/scenario/content-plugin.ts when the game is built.
declare module 'virtual:overflight-content' {
  export const shared: import('./load').SharedContent;
  export const scenarios: import('../model/schema').ScenarioFile[];
  export const problems: string[];
}

// A language's texts, made by the same plugin: the UI catalog and every content file's
// translation, by file name (`shared` and each scenario id). One module per language, loaded
// only when a page shows that language.
declare module 'virtual:overflight-locale/*' {
  export const ui: import('../i18n/messages').Catalog;
  export const content: Record<string, import('./prose').ProseMap>;
  /** In a scenario's own module (`virtual:overflight-locale/ja/<id>`): all its texts. */
  export const texts: import('./prose').ProseMap;
}

// Loads each scenario's texts in each language, on demand.
declare module 'virtual:overflight-text-loaders' {
  export const loaders: Record<
    import('../i18n/locales').Locale,
    Record<string, () => Promise<{ texts: import('./prose').ProseMap }>>
  >;
  /** Each language's own module: its UI catalog, shared texts and scenario summaries. */
  export const languages: Record<
    import('../i18n/locales').Locale,
    () => Promise<{
      ui: import('../i18n/messages').Catalog;
      content: Record<string, import('./prose').ProseMap>;
    }>
  >;
}
