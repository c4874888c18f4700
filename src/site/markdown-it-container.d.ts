/**
 * markdown-it-container 4 ships no types, and @types/markdown-it-container describes markdown-it's CommonJS types,
 * which TypeScript will not match with the ES module types this project uses.
 */
declare module "markdown-it-container" {
  import type MarkdownIt from "markdown-it";
  import type { RendererRule } from "markdown-it";

  export interface ContainerOptions {
    marker?: string;
    validate?(params: string): boolean;
    render?: RendererRule;
  }

  export default function container(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}
