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

/** One paint property that depends on the theme. */
export interface ThemePaint {
  layer: string
  property: string
  value: string | unknown[]
}

/**
 * The paint properties that change with the theme, as data, so switching themes is a list of
 * `setPaintProperty` calls on the same map. Layer ids are those of style.ts (kept as strings here
 * so this module imports nothing); fills coloured by the data are left alone.
 */
export function themePaint(theme: MapTheme): ThemePaint[] {
  const selectedFlag = ['boolean', ['feature-state', 'selected'], false]
  return [
    { layer: 'sea', property: 'background-color', value: theme.sea },
    { layer: 'context-fill', property: 'fill-color', value: theme.contextFill },
    { layer: 'context-line', property: 'line-color', value: theme.contextLine },
    { layer: 'districts-line', property: 'line-color', value: theme.districtLine },
    { layer: 'districts-highlight', property: 'line-color', value: theme.hoverLine },
    { layer: 'districts-hover', property: 'line-color', value: theme.hoverLine },
    { layer: 'districts-selected', property: 'line-color', value: theme.selectedLine },
    { layer: 'zone-footprint-line', property: 'line-color', value: theme.hoverLine },
    {
      layer: 'zone-point',
      property: 'circle-stroke-color',
      value: ['case', selectedFlag, theme.selectedLine, theme.hoverLine],
    },
  ]
}
