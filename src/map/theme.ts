/** Map colours for one UI theme. The choropleth palette is separate (see colourScale.ts). */
export interface MapTheme {
  sea: string
  contextFill: string
  contextLine: string
  districtBase: string
  districtLine: string
  hoverLine: string
  selectedLine: string
  noDataHatch: string
  noDataBackground: string
}

export const LIGHT_THEME: MapTheme = {
  sea: '#c9dfec',
  contextFill: '#ece8e0',
  contextLine: '#b9b2a5',
  districtBase: '#f5f1e8',
  districtLine: '#ffffff',
  hoverLine: '#1f2937',
  selectedLine: '#b91c1c',
  noDataHatch: '#8a8a8a',
  noDataBackground: '#f3f3f3',
}

export const DARK_THEME: MapTheme = {
  sea: '#0b1620',
  contextFill: '#1b242d',
  contextLine: '#3b4754',
  districtBase: '#2a3440',
  districtLine: '#0b1620',
  hoverLine: '#ffffff',
  selectedLine: '#fbbf24',
  noDataHatch: '#9aa5b1',
  noDataBackground: '#27313b',
}

export type ThemeName = 'light' | 'dark'
export const THEMES: Readonly<Record<ThemeName, MapTheme>> = {
  light: LIGHT_THEME,
  dark: DARK_THEME,
}
