// Phaser's own source files, imported only by src/board/phaser-parts.ts (see vite.config.ts).
declare module 'phaser-src/*' {
  const part: Record<string, unknown>;
  export default part;
}
