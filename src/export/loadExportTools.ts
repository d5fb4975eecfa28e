/** The export chunk (src/export/exportTools.ts), loaded once and shared by every caller. */
export const loadExportTools = () => import('./exportTools')
