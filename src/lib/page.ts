/** A breadcrumb step: a label and, except for the current page, the root-relative path it links to. */
export interface Crumb {
  label: string;
  path?: string;
}
