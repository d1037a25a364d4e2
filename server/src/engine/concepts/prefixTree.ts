// Words by their letters, so the words that are prefixes of a token are found in one walk over its
// characters, without cutting the token into prefixes.

interface Node<T> {
  next: Map<number, Node<T>>;
  /** Values added under the word that ends at this node. */
  values: T[];
}

export class PrefixTree<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Calls `visit` with every value added under a word that `token` starts with (the token itself included), shortest first. */
  prefixesOf(token: string, visit: (value: T) => void): void {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; node; i++) {
      for (const v of node.values) visit(v);
      if (i === token.length) break;
      node = node.next.get(token.charCodeAt(i));
    }
  }

  /** Whether some value under a prefix of `token` satisfies `test`. */
  somePrefix(token: string, test: (value: T) => boolean): boolean {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; node; i++) {
      for (const v of node.values) if (test(v)) return true;
      if (i === token.length) break;
      node = node.next.get(token.charCodeAt(i));
    }
    return false;
  }
}
