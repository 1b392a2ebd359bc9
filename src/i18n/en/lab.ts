// The lab texts (see src/i18n/en/common.ts for how catalogs are laid out).
export default {} as const;
