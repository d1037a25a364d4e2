// What a workspace index keeps of each file, read without a whole check: its kind, its card if it is one,
// and the personas it references. A Markdown record's body is not parsed: its front matter and links suffice.

import type { AnalyzeInput, Compiled } from '../analyze';
import { fileKindFromPath, kindFromData } from '../classify';
import { anchorOf, declaredFrontMatter, isTooLarge, parseDocument } from '../parse/document';
import { LineIndex } from '../text';
import type { FileKind, PersonaCard, PersonaReference } from '../types';
import { readCard } from './card';
import { documentLinks, keyReferences, linkReferences, type DocumentLink } from './references';

export interface PersonaFacts {
  kind?: FileKind;
  card?: PersonaCard;
  /** Its `customers:`/`personas:` ids, and its links to the cards the directory knows. */
  references: PersonaReference[];
  /** A record's links to Markdown and YAML files, cards or not: an index resolves them as cards come and go. */
  links: DocumentLink[];
}

export function personaFacts(input: Pick<AnalyzeInput, 'path' | 'text' | 'byteLength' | 'personaDirectory'>, compiled: Compiled): PersonaFacts {
  if (isTooLarge(input)) return { references: [], links: [] };
  const index = new LineIndex(input.text);
  const frontMatter = declaredFrontMatter(input.path, index);
  const kind = (frontMatter ? kindFromData(frontMatter.data) : undefined) ?? fileKindFromPath(input.path, compiled.globs);
  if (!kind) return { references: [], links: [] };
  if (kind === 'persona') {
    const doc = parseDocument(input.path, index, compiled.matcher);
    return { kind, card: readCard(doc, input.path, index, anchorOf(doc, index)), references: [], links: [] };
  }
  const links = documentLinks(index);
  return { kind, references: [...keyReferences(frontMatter, index), ...linkReferences(links, input.personaDirectory)], links };
}
