import type zh from './zh'

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

const en: Messages<typeof zh> = {
  app: {
    title: 'Qingdao Pledge Map',
    subtitle: "Investment and projects pledged by Qingdao's districts and zones in news reports",
    language: 'Language',
    loading: 'Loading the map…',
  },
  errors: {
    network: 'Could not reach the server to load {file}.',
    http: '{file} could not be loaded ({detail}).',
    json: '{file} is not valid JSON.',
    shape: '{file} does not have the expected shape: {detail}',
    retry: 'Retry',
    noWebgl:
      'This browser cannot show the interactive map (no WebGL). The table below still works.',
  },
}
export default en
