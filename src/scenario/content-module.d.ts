// The checked scenario content, made by src/scenario/content-plugin.ts when the game is built.
declare module 'virtual:overflight-content' {
  export const shared: import('./load').SharedContent;
  export const scenarios: import('../model/schema').ScenarioFile[];
  export const problems: string[];
}
