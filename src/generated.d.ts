/** The course map (src/plugins/courseMap.ts): the docs' version metadata, sidebar included. */
declare module '@generated/course-map/default/course-map.json' {
  const version: import('@docusaurus/plugin-content-docs').PropVersionMetadata;
  export default version;
}
