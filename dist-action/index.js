"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt3 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt3} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it3) => identity.isNode(it3) || identity.isPair(it3) ? it3.clone(schema) : it3);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold2 === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text2[fold2]}\\`;
          res += `
${indent}${text2.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it3 of source.items)
          mergeValue(ctx, map, it3);
      else if (Array.isArray(source))
        for (const it3 of source)
          mergeValue(ctx, map, it3);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it3 of items) {
        if (identity.isPair(it3)) {
          if (it3.key === key || it3.key === k)
            return it3;
          if (identity.isScalar(it3.key) && it3.key.value === k)
            return it3;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add3 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add3(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add3(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it3 = findPair(this.items, key);
        if (!it3)
          return false;
        const del = this.items.splice(this.items.indexOf(it3), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it3 = findPair(this.items, key);
        const node = it3?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it3 = this.items[idx];
        return !keepScalar && identity.isScalar(it3) ? it3.value : it3;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it3 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it3 : String(i++);
              it3 = replacer.call(obj, key, it3);
            }
            seq.items.push(createNode.createNode(it3, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it3 of iterable) {
          if (typeof replacer === "function")
            it3 = replacer.call(iterable, String(i++), it3);
          let key, value;
          if (Array.isArray(it3)) {
            if (it3.length === 2) {
              key = it3[0];
              value = it3[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it3}`);
          } else if (it3 && it3 instanceof Object) {
            const keys = Object.keys(it3);
            if (keys.length === 1) {
              key = keys[0];
              value = it3[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it3;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError2;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it3 of key.items) {
            for (const st of it3.start)
              if (st.type === "newline")
                return true;
            if (it3.sep) {
              for (const st of it3.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it3.key) || containsNewline(it3.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep6 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it3 = dc.items[0];
            if (identity.isPair(it3))
              it3 = it3.key;
            const cb = it3.commentBefore;
            it3.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM2;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it3 = parent.items[parent.items.length - 1];
          return it3.sep ?? it3.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it3 of fc.items) {
          if (it3.sep && !it3.value && !includesToken(it3.start, "explicit-key-ind") && !includesToken(it3.sep, "map-value-ind")) {
            if (it3.key)
              it3.value = it3.key;
            delete it3.key;
            if (isFlowToken(it3.value)) {
              if (it3.value.end)
                arrayPushArray(it3.value.end, it3.sep);
              else
                it3.value.end = it3.sep;
            } else
              arrayPushArray(it3.start, it3.sep);
            delete it3.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it3 = top.items[top.items.length - 1];
              if (it3.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it3.sep) {
                it3.value = token;
              } else {
                Object.assign(it3, { key: token, sep: [] });
                this.onKeyLine = !it3.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it3 = top.items[top.items.length - 1];
              if (it3.value)
                top.items.push({ start: [], value: token });
              else
                it3.value = token;
              break;
            }
            case "flow-collection": {
              const it3 = top.items[top.items.length - 1];
              if (!it3 || it3.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it3.sep)
                it3.value = token;
              else
                Object.assign(it3, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it3 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it3.value) {
              const end = "end" in it3.value ? it3.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it3.sep) {
              it3.sep.push(this.sourceToken);
            } else {
              it3.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it3.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it3.sep) {
              it3.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it3.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it3.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it3.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it3.sep || it3.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it3.sep && !it3.value) {
            const nl = [];
            for (let i = 0; i < it3.sep.length; ++i) {
              const st = it3.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it3.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it3.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it3.sep) {
                it3.sep.push(this.sourceToken);
              } else {
                it3.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it3.sep && !it3.explicitKey) {
                it3.start.push(this.sourceToken);
                it3.explicitKey = true;
              } else if (atNextItem || it3.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it3.explicitKey) {
                if (!it3.sep) {
                  if (includesToken(it3.start, "newline")) {
                    Object.assign(it3, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it3.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it3.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it3.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it3.key) && !includesToken(it3.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it3.start);
                  const key = it3.key;
                  const sep6 = it3.sep;
                  sep6.push(this.sourceToken);
                  delete it3.key;
                  delete it3.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it3.sep = it3.sep.concat(start, this.sourceToken);
                } else {
                  it3.sep.push(this.sourceToken);
                }
              } else {
                if (!it3.sep) {
                  Object.assign(it3, { key: null, sep: [this.sourceToken] });
                } else if (it3.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it3.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it3.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it3.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it3.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it3, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it3.explicitKey && it3.sep && !includesToken(it3.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it3 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it3.value) {
              const end = "end" in it3.value ? it3.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it3.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it3.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it3.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it3.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it3.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it3.value || this.indent <= seq.indent)
              break;
            it3.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it3.value || includesToken(it3.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it3.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it3 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it3 || it3.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it3.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it3 || it3.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it3.sep)
                it3.sep.push(this.sourceToken);
              else
                Object.assign(it3, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it3 || it3.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it3.sep)
                it3.sep.push(this.sourceToken);
              else
                it3.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it3 || it3.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it3.sep)
                this.stack.push(fs);
              else
                Object.assign(it3, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports2, module2) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input2) {
      const output = [];
      const inputLength = input2.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input2.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input2.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input2.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input2.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input2) {
      const output = [];
      input2 = ucs2decode(input2);
      const inputLength = input2.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input2) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input2) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input2) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input2) {
      return mapDomain(input2, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input2) {
      return mapDomain(input2, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module2.exports = punycode2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match2) => `\\${match2}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match2, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match2,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match2, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match2, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString3 = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString3(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark2, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark2;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark2, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM2 ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark2,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString3(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule8 = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule8) {
          this._added = true;
          this._rules.push(rule8);
          if (matchesBasename(rule8.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString3(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule8 = rules[index];
          if (rule8.checkRegex.test(path)) {
            ignored = !rule8.negative;
            unignored = rule8.negative;
            matchedRule = rule8.negative ? UNDEFINED : rule8;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule8 = rules[index];
          if (rule8[mode].test(
            shortcut && rule8._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule8;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule8;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString3(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString3(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths2) {
        return makeArray(paths2).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// server/src/action.ts
var action_exports = {};
__export(action_exports, {
  failure: () => failure,
  readInputs: () => readInputs,
  runAction: () => runAction
});
module.exports = __toCommonJS(action_exports);
var import_node_fs7 = require("node:fs");
var import_node_path10 = require("node:path");

// package.json
var version = "0.1.0";

// server/src/cli/args.ts
var UsageError = class extends Error {
};

// server/src/cli/check.ts
var import_node_path6 = require("node:path");

// server/src/engine/text.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
    const starts = [0];
    this.plain = !text2.includes("\r");
    this.starts = starts;
    if (this.plain) {
      for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text2.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  text;
  starts;
  /** Whether every line ends with a lone \n: a run of lines is then one cut of the text. */
  plain;
  get lineCount() {
    return this.starts.length;
  }
  /** The line's text without its line break. */
  line(n) {
    if (n < 0 || n >= this.starts.length) return "";
    let end = n + 1 < this.starts.length ? this.starts[n + 1] : this.text.length;
    while (end > this.starts[n] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(this.starts[n], end);
  }
  /** Lines [from, to) joined by \n. */
  slice(from, to) {
    if (this.plain) {
      const first = Math.max(0, from);
      const last = Math.min(to, this.starts.length) - 1;
      if (last < first) return "";
      const end = last + 1 < this.starts.length ? this.starts[last + 1] - 1 : this.text.length;
      return this.text.slice(this.starts[first], end);
    }
    const parts = [];
    for (let n = Math.max(0, from); n < Math.min(to, this.starts.length); n++) parts.push(this.line(n));
    return parts.join("\n");
  }
  positionAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  /** The visible text of a line: from its first to its last non-blank character. */
  lineRange(n) {
    const text2 = this.line(n);
    const start = text2.length - text2.trimStart().length;
    const end = text2.trimEnd().length;
    return end > start ? { start: { line: n, character: start }, end: { line: n, character: end } } : { start: { line: n, character: 0 }, end: { line: n, character: text2.length } };
  }
};
var SPECIAL_LETTERS = {
  \u0142: "l",
  \u0111: "d",
  \u00F8: "o",
  \u00E6: "ae",
  \u0153: "oe",
  \u00DF: "ss",
  \u0131: "i",
  \u00FE: "th"
};
var SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");
var ASCII = /^[\x00-\x7f]*$/;
var FORMAT = new RegExp("\\p{Cf}", "gu");
function fold(text2) {
  if (ASCII.test(text2)) return text2.toLowerCase();
  const lower = text2.replace(FORMAT, "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return lower.replace(SPECIAL_LETTER, (ch) => SPECIAL_LETTERS[ch]);
}
function words(text2) {
  if (ASCII.test(text2)) return text2.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return fold(text2).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
function visibleLine(index, n) {
  let line = Math.min(Math.max(0, n), index.lineCount - 1);
  while (line > 0 && index.line(line).trim().length === 0) line--;
  return line;
}

// server/src/engine/concepts/de.ts
var de = {
  language: "de",
  customers: ["kunde", "kunden", "kundin*", "nutzer*", "benutzer*", "anwender*", "verbraucher*", "kaufer*", "patient*", "mitglied*", "burger*", "zielgruppe*"],
  fillers: [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "auf",
    "an",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "und",
    "oder",
    "fur",
    "mit",
    "von",
    "vom",
    "zu",
    "zum",
    "zur",
    "bei",
    "im",
    "in",
    "wer",
    "was",
    "wie",
    "welche",
    "welcher",
    "welches",
    "warum",
    "sind",
    "ist",
    "wird",
    "werden",
    "unsere",
    "unser",
    "unseren",
    "unserer",
    "diese",
    "dieser",
    "dieses",
    "wir",
    "sie",
    "haupt",
    "betroffene",
    "betroffenen"
  ],
  common: ["der", "die", "und", "das", "ist", "nicht", "mit", "fur", "wir", "den", "auf", "ein", "eine", "auch", "wird", "werden", "dem", "sich", "von", "zu", "bei", "nach", "sie", "unsere", "kann"],
  concepts: {
    "customer-impact": ["auswirkung* @c", "auswirkung* auf @c", "folgen fur @c", "einfluss auf @c", "was andert sich @c", "wie @c fuhlen", "erlebnis* @c", "erfahrung* @c"],
    "problem-solved": ["gelost* problem*", "problem* gelost*", "problem* losen", "problem* @c", "=problem*", "=problemstellung", "welches problem*", "bedurfnis* @c"],
    "value-created": ["=nutzen", "@c nutzen", "nutzen fur @c", "mehrwert*", "=wert", "wert fur @c", "vorteil* fur @c", "gewinn* @c"],
    "customer-segment": ["=@c", "=@c segment*", "=segment*", "=persona", "=personas", "=@c gruppe*", "wer sind @c", "=fur wen", "=zielgruppe*"],
    "customer-evidence": ["=umfrage*", "=befragung*", "@c feedback", "=feedback", "ruckmeldung* von @c", "=evidenz*", "=belege", "forschung* @c", "interview* @c", "umfrage* @c", "stimme* @c", "daten @c", "befragung* @c", "anfrage* @c"],
    "success-metrics": ["=messgross*", "erfolgskriteri*", "erfolgsmess*", "erfolgsmetrik*", "=metriken", "=kennzahlen", "messgross* erfolg*", "kpi*", "=erfolg", "woran erkennen"],
    "close-the-loop": ["ruckmeldung* an @c", "kommunikation* @c", "information* @c", "informieren @c", "=nachverfolgung", "follow up|ups", "=nachbereitung", "benachrichtigung* @c"]
  },
  generic: ["problem*", "wert", "werte", "nutzen", "vorteil*", "mehrwert*", "verbraucher*", "mitglied*"],
  otherSenses: [
    "kundendienst*",
    "kundenservice*",
    "kundensupport*",
    "kundenbetreuung*",
    "kundenberatung*",
    "kunden service*|support*|dienst*|betreuung*",
    "klassenmitglied*",
    "mitglied* der klasse*",
    "nachrichtenkonsument*",
    "konsument* der|von nachricht*",
    "clientseitig*",
    "client seitig*",
    "client bibliothek*|anwendung*|zertifikat*",
    "clientbibliothek*",
    "benutzeroberflach*",
    "nutzeroberflach*"
  ],
  statusLabels: ["status", "stand", "zustand"],
  statuses: {
    draft: ["entwurf"],
    proposed: ["vorgeschlagen", "vorschlag", "offen", "in prufung", "in diskussion"],
    accepted: ["akzeptiert", "angenommen", "genehmigt", "beschlossen", "entschieden", "umgesetzt", "final", "freigegeben"],
    rejected: ["abgelehnt", "verworfen", "zuruckgezogen"],
    deprecated: ["veraltet", "uberholt", "deprecated"],
    superseded: ["ersetzt", "abgelost"]
  },
  placeholders: ["offen", "folgt", "noch offen", "noch zu klaren", "zu klaren", "zu erganzen", "ausstehend", "entfallt", "kommt noch"],
  feelings: ["anfuhl*", "gefuhl*", "fuhl*", "empfind*", "frustr*", "arger*", "verwirr*", "glucklich*", "erleichter*", "vertrau*", "wutend", "uberrasch*", "sorge*", "zufrieden*", "enttausch*", "ruhig*", "stress*", "freu*"],
  reactions: ["nicht mehr anruf*", "hor* auf anzurufen", "ruf* support an", "support kontaktier*", "kundig*", "abwander*", "abbrech*", "wechsel* zu", "empfehl*", "kehr* zuruck", "komm* zuruck", "bedank*", "reagier*", "beschwer*"],
  measures: ["stunde*", "minute*", "drittel", "viertel", "funftel", "zwolf", "zwanzig", "dreissig", "mal", "um ein*", "halbjahr*", "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "halfte", "halbier*", "verdoppel*", "doppelt*", "verdreifach*", "prozent*", "null", "eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "hundert*", "tausend*", "tag", "tage", "tagen", "woche*", "monat*", "quartal*", "jahr*", "innerhalb", "binnen", "mindestens", "hochstens", "weniger als", "mehr als", "unter", "uber", "schwelle*", "ziel*"],
  noImpact: ["keine", "keiner", "keinen", "keine auswirkung", "keine auswirkungen", "nichts", "entfallt", "nein"]
};

// server/src/engine/concepts/en.ts
var en = {
  language: "en",
  customers: [
    "customer",
    "user",
    "client",
    "consumer",
    "buyer",
    "member",
    "patient",
    "shopper",
    "subscriber",
    "citizen",
    "enduser",
    "audience",
    "persona",
    "merchant",
    "tenant",
    "visitor",
    "reader",
    "player"
  ],
  fillers: [
    "a",
    "an",
    "the",
    "our",
    "we",
    "us",
    "their",
    "they",
    "them",
    "this",
    "that",
    "these",
    "it",
    "its",
    "of",
    "for",
    "to",
    "on",
    "in",
    "with",
    "by",
    "and",
    "or",
    "who",
    "what",
    "which",
    "how",
    "why",
    "is",
    "are",
    "was",
    "be",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "should",
    "main",
    "key",
    "primary",
    "target",
    "affected",
    "impacted",
    "ideal",
    "end",
    "about",
    "from",
    "at",
    "into",
    "change",
    "changes",
    "proposal",
    "decision"
  ],
  common: ["the", "and", "of", "to", "is", "that", "we", "for", "with", "this", "will", "be", "are", "it", "our", "they", "from", "have", "not", "which", "when", "their", "can", "should"],
  concepts: {
    "customer-impact": [
      "@c impact*",
      "@c affect*",
      "@c effect*",
      "@c experience",
      "@c feel*",
      "@c consequence*",
      "how @c notice*",
      "what changes for @c",
      "impact* on @c",
      "@c implication*",
      "change* @c see*",
      "impact* for @c"
    ],
    "problem-solved": [
      "problem* solv*",
      "problem* we solv*",
      "problem* address*",
      "problem* this solv*",
      "@c problem*",
      "@c pain*",
      "pain point*",
      "@c need",
      "@c needs",
      "job* to be done",
      "=problem*",
      "=problem* statement",
      "what problem*",
      "problem* for @c"
    ],
    "value-created": [
      "=value",
      "value created",
      "value creation",
      "value delivered",
      "value* for @c",
      "=@c value",
      "value proposition*",
      "business value",
      "=benefit*",
      "@c benefit*",
      "benefit* for @c",
      "@c gain*",
      "why @c care*",
      "what @c get*",
      "outcome* for @c",
      "@c outcome*"
    ],
    "customer-segment": [
      "=@c",
      "=@c segment*",
      "=@c group*",
      "=@c type*",
      "=@c profile*",
      "=@c base",
      "=@c story",
      "=@c stories",
      "=persona",
      "=personas",
      "@c persona",
      "@c personas",
      "=segment",
      "=segments",
      "=segmentation",
      "market segment*",
      "=audience*",
      "who @c",
      "who is this for",
      "who benefit*",
      "target market"
    ],
    "customer-evidence": [
      "survey* result*",
      "=evidence*",
      "@c evidence*",
      "evidence from @c",
      "@c feedback",
      "feedback from @c",
      "=feedback",
      "@c research",
      "=research",
      "research findings",
      "@c interview*",
      "=interview*",
      "@c survey*",
      "=survey*",
      "voice of @c",
      "@c quote*",
      "@c insight*",
      "support ticket*",
      "what @c said",
      "what @c told",
      "usability test*",
      "we heard"
    ],
    "success-metrics": [
      "=indicator*",
      "success* metric*",
      "success* criteri*",
      "success* measure*",
      "=metric*",
      "=@c metric*",
      "kpi*",
      "okr*",
      "=success",
      "measur* success",
      "definition of success",
      "how we know",
      "measurable outcome*",
      "=measures",
      "key result*"
    ],
    "close-the-loop": [
      "follow up|ups",
      "followup*",
      "close* loop",
      "closing loop",
      "tell* @c",
      "communicat* @c",
      "@c communicat*",
      "inform* @c",
      "notify* @c",
      "@c notification*",
      "=announce*",
      "feedback to @c",
      "report back",
      "loop back",
      "@c outreach",
      "=outreach",
      "rollout communicat*",
      "release note*",
      "change* log for @c"
    ]
  },
  generic: ["problem*", "value*", "benefit*", "consumer*", "member*", "subscriber*", "tenant*", "visitor*", "reader*", "player*", "audience*"],
  otherSenses: [
    "message*|kafka|queue*|event*|stream*|topic*|sqs|rabbitmq|amqp|jms|pulsar|kinesis|nats consumer*",
    "consumer* group*|offset*|lag|thread*|polling",
    "consumer* of message*|event*|queue*|topic*",
    "client librar*|sdk*|side|app|apps|application*|code|certificate*|cert*|id|ids|secret*|credential*",
    "client implementation*|software|tool*|tooling|binar*|version*|request*|connection*|socket*|stub*|package*|module*|driver*|api*|server*|cache*",
    "rest|http|https|grpc|api|web|graphql|ssh|ftp|smtp|imap|dns|db|database|sql|redis|thin|native|test|mock|oauth|oidc|mqtt|soap|rpc|websocket|tcp|udp|cli|mobile|desktop|android|ios|matrix|server|javascript|java|python|go|rust|node client*",
    "client* http|https|rest|grpc|graphql|web|mobile|desktop|api|javascript|java|python|go|rust",
    "server* client*",
    "clientside",
    "clientserver",
    "class*|struct*|object*|static|private|public|protected|internal|data|interface*|enum*|companion|instance|type*|inline|abstract|extension member*",
    "member* function*|variable*|access|declaration*|field*|method*|propert*|reference*|lookup|pointer*|signature*|visibility",
    "user agent*|space*|land|mode|namespace*|id|ids|interface*",
    "userspace",
    "userland",
    "useragent*",
    "userid*",
    "root|system|service|admin|database user*",
    "event*|topic*|message*|webhook*|queue*|channel* subscriber*",
    "file|stream|byte*|xml|json|csv|buffered|input|binary reader*",
    "reader* writer*|thread*|lock*",
    "reader* and|or writer*",
    "consumer*|client*|member*|reader*|visitor*|subscriber*|player* trait*|interface*|class*|struct*|object*|module*|crate*|macro*|method*|function*",
    "media|video|audio|music|sound player*",
    "jwt|token|oidc|saml audience*",
    "audience claim*|restriction*",
    "visitor pattern*|class*|interface*",
    "ast|node|tree|syntax visitor*",
    "customer*|user*|client*|consumer* support|service|services|operations|ops|desk|relations|helpdesk",
    "customer*|client* care team*|agent*|department*|center*|centre*",
    "customer*|client* success team*|manager*|org*|department*",
    "message*|event*|request*|command*|error*|exception*|signal*|interrupt*|scheduler*|http|route*|callback*|click|key|input|task*|job* handler*",
    "handler* method*|function*|class*|chain*|pipeline*|registr*|type*",
    "package*|resource*|memory|connection*|state|lifecycle|secret*|certificate*|window*|task*|process*|dependenc*|version*|cluster*|node*|cache*|session*|transaction*|plugin*|device*|service* manager*",
    "device|database|jdbc|odbc|storage|network|graphics|gpu|kernel|csi|printer|usb|web|browser driver*",
    "kubernetes|k8s|cluster|database|bitwise|logical|unary|binary|ternary|comparison|assignment operator*",
    "operator* overload*|precedence|function*|method*|symbol*",
    "parent class*|node*|process*|directory*|dir*|element*|span*|context*|commit*|pom|module*|type*|scope*|window*|block*|hash*|trace*|id*",
    "font|product|instruction|protocol|os|type famil*",
    "ssh|build|monitoring|logging|tracing|deployment|ci|gitlab|jenkins|metrics|otel|collector|node agent*",
    "lock|resource|object|file|code|module|key owner*",
    "owner* reference*|field*|id*|uid*|thread*",
    "customer*|user*|client* experience team*"
  ],
  statusLabels: ["status", "state", "decision status"],
  statuses: {
    draft: ["draft", "wip", "work in progress"],
    proposed: ["proposed", "proposal", "open", "review", "pending", "suggested", "discussion", "active review", "active development", "in development", "under development"],
    accepted: ["accepted", "approved", "decided", "done", "implemented", "final", "adopted", "agreed", "active", "completed"],
    rejected: ["rejected", "declined", "withdrawn", "abandoned", "dismissed"],
    deprecated: ["deprecated", "obsolete", "retired"],
    superseded: ["superseded", "replaced", "superceded", "amended"]
  },
  placeholders: [
    "tbd",
    "tbc",
    "todo",
    "to do",
    "tba",
    "to be defined",
    "to be determined",
    "to be decided",
    "to be confirmed",
    "to be written",
    "to be completed",
    "n a",
    "na",
    "fill in",
    "fill me in",
    "fill this in",
    "placeholder",
    "xxx",
    "lorem ipsum",
    "coming soon",
    "later",
    "pending",
    "tk",
    "fixme",
    "write here",
    "describe here"
  ],
  feelings: ["feel*", "mind", "welcome", "appreciat*", "enjoy*", "dislike", "complain*", "frustrat*", "annoy*", "confus*", "happy", "happier", "relie*", "delight*", "trust*", "angry", "anger", "upset", "surpris*", "worr*", "anxious", "love", "hate", "pleased", "disappoint*", "satisf*", "calm", "confiden*", "stress*", "tired"],
  reactions: ["stop calling", "stop contacting", "call* support", "contact* support", "churn*", "cancel*", "unsubscrib*", "switch* to", "give up", "gave up", "recommend*", "come back", "thank*", "abandon*", "rely on", "react*", "welcom*"],
  measures: ["hour*", "minute*", "third*", "fifth*", "tenth*", "eleven", "twelve", "twenty", "thirty", "fifty", "times", "daily", "weekly", "monthly", "yearly", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "half", "halve*", "double*", "doubling", "twice", "triple*", "percent*", "per cent", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen*", "hundred*", "thousand*", "million*", "day", "days", "week*", "month*", "quarter*", "year*", "sprint*", "within", "at least", "at most", "fewer than", "less than", "more than", "below", "above", "under", "threshold*", "target*"],
  noImpact: ["none", "no impact", "no customer impact", "not applicable", "nothing", "no change", "no changes", "n a", "no", "nil", "no effect", "none expected", "nothing changes"]
};

// server/src/engine/concepts/es.ts
var es = {
  language: "es",
  customers: ["cliente", "clientes", "usuari*", "consumidor*", "comprador*", "pacient*", "socio", "socios", "ciudadan*"],
  fillers: [
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "unas",
    "de",
    "del",
    "a",
    "al",
    "en",
    "con",
    "para",
    "por",
    "y",
    "o",
    "quien",
    "quienes",
    "que",
    "cual",
    "cuales",
    "como",
    "por que",
    "nuestros",
    "nuestras",
    "nuestro",
    "nuestra",
    "son",
    "es",
    "esta",
    "este",
    "esto",
    "sus",
    "su",
    "principales",
    "objetivo",
    "afectados"
  ],
  common: ["el", "la", "que", "los", "las", "para", "con", "una", "por", "se", "del", "es", "como", "al", "pero", "sus", "esta", "este", "nuestros", "cada", "tambien", "puede", "hay", "ser", "muy"],
  concepts: {
    "customer-impact": ["impacto* @c", "efecto* @c", "afect* @c", "consecuencia* @c", "experiencia* @c", "que cambia @c", "como se sentir*"],
    "problem-solved": ["problema* resuel*", "problema* resolv*", "problema* @c", "=problema*", "que problema*", "necesidad* @c"],
    "value-created": ["ventaja* @c", "=valor", "valor creado", "valor @c", "=beneficio*", "beneficio* @c", "aporte @c"],
    "customer-segment": ["=@c", "=@c objetivo", "=segmento* @c", "=segmento*", "=persona", "=personas", "quien* son @c", "=para quien"],
    "customer-evidence": ["=entrevista*", "=encuesta*", "evidencia*", "prueba* @c", "comentario* @c", "opinion* @c", "feedback @c", "=feedback", "investigacion* @c", "entrevista* @c", "encuesta* @c", "voz @c", "datos @c", "testimonio*"],
    "success-metrics": ["=indicador*", "medir* exito", "metrica* exito", "=metrica*", "medicion* exito", "indicador* exito", "kpi*", "=exito", "criterio* exito"],
    "close-the-loop": ["=seguimiento", "seguimiento @c", "comunicacion* @c", "inform* @c", "notifica* @c", "retroaliment* @c", "cerrar* ciclo"]
  },
  generic: ["problema*", "valor", "valores", "beneficio*", "ventaja*", "consumidor*", "socio", "socios"],
  otherSenses: [
    "atencion|servicio|soporte al|a cliente*",
    "gestor* de paquetes|dependencias|contenido*|memoria|recursos|estado|versiones",
    "atencion|servicio|soporte|equipo|departamento cliente*",
    "lado del|de cliente*",
    "biblioteca*|libreria*|aplicacion*|certificado* cliente*",
    "consumidor* de|del mensaj*|evento*|cola*",
    "miembro* de la clase",
    "miembro* de clase*",
    "interfaz de usuari*"
  ],
  statusLabels: ["estado", "estado de la decision"],
  statuses: {
    draft: ["borrador"],
    proposed: ["propuesto", "propuesta", "en revision", "en discusion", "abierto", "pendiente"],
    accepted: ["aceptado", "aceptada", "aprobado", "aprobada", "decidido", "decidida", "implementado", "implementada", "final", "adoptado"],
    rejected: ["rechazado", "rechazada", "descartado", "descartada"],
    deprecated: ["obsoleto", "obsoleta", "deprecado", "deprecada", "en desuso"],
    superseded: ["reemplazado", "reemplazada", "sustituido", "sustituida", "sustituye", "superado", "superada"]
  },
  placeholders: ["por definir", "por hacer", "pendiente", "por completar", "por escribir", "por decidir", "no aplica", "proximamente"],
  feelings: ["sient*", "percib*", "sentir*", "sentira*", "frustra*", "molest*", "confus*", "feliz*", "alivi*", "confianza", "enfad*", "enoj*", "sorprend*", "preocup*", "content*", "decepcion*", "satisf*", "tranquil*", "estres*"],
  reactions: ["dejar* de llamar", "dejar* de contactar", "llamar* a soporte", "contact* soporte", "abandon*", "cancel*", "darse de baja", "se daran de baja", "cambiar* a", "recomendar*", "volver*", "agradec*", "reaccion*", "aprecia*", "quej*"],
  measures: ["hora*", "minuto*", "maxim*", "minim*", "trimestral*", "tercio*", "quinto", "doce", "veinte", "treinta", "cincuenta", "veces", "semestre*", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "mitad", "duplic*", "doble", "triplic*", "por ciento", "porcentaje", "cero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "cien", "mil", "dia", "dias", "semana*", "mes", "meses", "trimestre*", "ano", "anos", "antes de", "al menos", "como maximo", "menos de", "mas de", "por debajo", "por encima", "umbral*", "objetivo"],
  noImpact: ["ningun impacto", "ninguno impacto", "ninguno", "ninguna", "sin impacto", "nada", "no aplica", "no"]
};

// server/src/engine/concepts/fr.ts
var fr = {
  language: "fr",
  customers: ["client", "clients", "cliente*", "utilisateur", "utilisatrice", "usager", "consommateur", "consommatrice", "acheteur", "patient*", "membre*", "adherent*", "citoyen*"],
  fillers: [
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "de",
    "du",
    "d",
    "a",
    "au",
    "aux",
    "en",
    "dans",
    "sur",
    "pour",
    "par",
    "avec",
    "et",
    "ou",
    "qui",
    "que",
    "qu",
    "quoi",
    "quel",
    "quels",
    "quelle",
    "quelles",
    "comment",
    "pourquoi",
    "nos",
    "notre",
    "sont",
    "est",
    "ce",
    "cette",
    "ces",
    "leurs",
    "leur",
    "principaux",
    "cibles",
    "concernes",
    "vont",
    "il",
    "ils"
  ],
  common: ["le", "la", "les", "des", "et", "est", "pour", "que", "une", "dans", "du", "pas", "sur", "nous", "qui", "au", "aux", "avec", "ne", "leur", "ce", "cette", "sont", "plus", "par"],
  concepts: {
    "customer-impact": ["impact* @c", "effet* @c", "consequence* @c", "experience @c", "ce qui change @c", "ressenti* @c", "comment @c vivr*"],
    "problem-solved": ["probleme* resolu*", "resoudre probleme*", "probleme* @c", "=probleme*", "quel probleme*", "besoin* @c"],
    "value-created": ["avantage* @c", "=valeur*", "valeur* cree*", "valeur* @c", "valeur* pour @c", "=benefice*", "benefice* @c", "gain* @c"],
    "customer-segment": ["=@c", "=@c cible*", "=segment* @c", "=segment*", "=persona", "=personas", "qui sont @c", "=pour qui", "=cible*"],
    "customer-evidence": ["=entretien*", "=enquete*", "retour* @c", "=preuves", "=feedback", "feedback @c", "temoignage*", "recherche* @c", "entretien* @c", "enquete* @c", "sondage* @c", "voix @c", "donnee* @c", "verbatim*"],
    "success-metrics": ["indicateur* succes", "metrique* succes", "=metriques", "=indicateurs", "mesure* succes", "kpi*", "=succes", "criteres de succes"],
    "close-the-loop": ["=suivi", "suivi @c", "communication* @c", "inform* @c", "retour* aux @c", "retour* vers @c", "boucler boucle", "notification* @c"]
  },
  generic: ["probleme*", "valeur*", "benefice*", "avantage*", "consommat*", "membre*", "adherent*"],
  otherSenses: [
    "service|support|relation*|equipe* client*",
    "cote client*",
    "bibliotheque*|application*|certificat*|logiciel* client*",
    "consommateur* de|des message*|evenement*|file*",
    "membre* de la|de|des classe*",
    "membre* de classe*",
    "interface utilisat*"
  ],
  statusLabels: ["statut", "etat", "status"],
  statuses: {
    draft: ["brouillon"],
    proposed: ["propose", "proposee", "proposition", "en discussion", "en revue", "ouvert"],
    accepted: ["accepte", "acceptee", "approuve", "approuvee", "decide", "decidee", "adopte", "adoptee", "valide", "validee", "implemente", "finalise"],
    rejected: ["rejete", "rejetee", "refuse", "refusee", "abandonne"],
    deprecated: ["obsolete", "deprecie", "depreciee"],
    superseded: ["remplace", "remplacee"]
  },
  placeholders: ["a definir", "a faire", "a completer", "a rediger", "a venir", "a preciser", "non applicable", "en attente"],
  feelings: ["ressent*", "sentir*", "frustr*", "agac*", "confus*", "heureu*", "soulag*", "confiance", "colere", "surpri*", "inquie*", "content*", "decu*", "satisf*", "rassur*", "stress*", "vivr*"],
  reactions: ["cesser* d appeler", "arreter* d appeler", "appeler* le support", "contacter* le support", "resili*", "abandonn*", "desabonn*", "passer* a", "recommander*", "reviendr*", "remerci*", "reagir*", "reaction*", "apprecier*", "plaindr*", "plainte*"],
  measures: ["heure*", "minute*", "trimestriel*", "tiers", "cinquieme", "dizaine*", "douzaine*", "centaine*", "douze", "vingt", "trente", "fois", "semestre*", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "moitie", "divis* par deux", "doubl*", "tripl*", "pour cent", "pourcentage", "zero", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "cent", "mille", "jour*", "semaine*", "mois", "trimestre*", "an", "ans", "annee*", "d ici", "au moins", "au plus", "moins de", "plus de", "sous", "au dessus", "seuil*", "objectif*"],
  noImpact: ["aucun", "aucune", "aucun impact", "rien", "neant", "non applicable", "non"]
};

// server/src/engine/concepts/it.ts
var it = {
  language: "it",
  customers: ["cliente", "clienti", "utent*", "consumator*", "acquirent*", "pazient*", "soci", "iscritt*", "cittadin*"],
  fillers: [
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "un",
    "uno",
    "una",
    "di",
    "del",
    "dello",
    "della",
    "dei",
    "degli",
    "delle",
    "a",
    "al",
    "allo",
    "alla",
    "ai",
    "agli",
    "alle",
    "da",
    "dal",
    "dai",
    "in",
    "nel",
    "nella",
    "nei",
    "su",
    "sul",
    "sulla",
    "sui",
    "per",
    "con",
    "e",
    "o",
    "chi",
    "che",
    "cosa",
    "come",
    "quale",
    "quali",
    "perche",
    "nostri",
    "nostro",
    "nostra",
    "nostre",
    "sono",
    "e",
    "questa",
    "questo",
    "principali",
    "target",
    "coinvolti"
  ],
  common: ["il", "che", "di", "della", "per", "non", "una", "sono", "con", "gli", "anche", "questo", "nel", "delle", "del", "sul", "sulla", "alla", "come", "lo", "le", "dei", "perche", "essere", "viene", "ogni", "nostri"],
  concepts: {
    "customer-impact": ["impatt* @c", "effett* @c", "conseguenz* @c", "esperienz* @c", "cosa cambia @c", "come @c sentir*"],
    "problem-solved": ["problem* risolt*", "problem* risolv*", "problem* @c", "=problem*", "quale problem*", "esigenz* @c", "bisogn* @c"],
    "value-created": ["vantagg* @c", "=valore", "valore creat*", "valore @c", "=benefic*", "benefic* @c"],
    "customer-segment": ["=@c", "=@c target", "=segment* @c", "=segment*", "=persona", "=personas", "chi sono @c", "=a chi"],
    "customer-evidence": ["=intervist*", "=sondagg*", "=segnalazion*", "evidenz*", "prove dai @c", "feedback @c", "=feedback", "ricerc* @c", "intervist* @c", "sondagg* @c", "voce @c", "dati @c", "segnalazion* @c", "testimonianz*"],
    "success-metrics": ["=indicator*", "metrich* successo", "metric* successo", "=metrich*", "misur* successo", "indicator* successo", "kpi*", "=successo"],
    "close-the-loop": ["follow up|ups", "followup*", "comunicazion* @c", "inform* @c", "riscontr* @c", "aggiorn* @c", "ritorno @c", "chiuder* cerchio"]
  },
  generic: ["problem*", "valore", "valori", "benefic*", "vantagg*", "consumator*", "soci", "iscritt*"],
  otherSenses: [
    "servizio|assistenza|supporto|ufficio|team|reparto|gestione client*",
    "assistenza al|ai|alla client*",
    "lato client*",
    "librer*|libreri*|applicazion*|certificat*|codice client*",
    "consumator* di|dei|della|delle messagg*|event*|cod*",
    "membri|membro della|di|delle class*",
    "interfaccia utent*"
  ],
  statusLabels: ["stato", "stato della decisione"],
  statuses: {
    draft: ["bozza"],
    proposed: ["proposto", "proposta", "in revisione", "in discussione", "aperto"],
    accepted: ["accettato", "accettata", "approvato", "approvata", "deciso", "decisa", "implementato", "definitivo", "adottato"],
    rejected: ["rifiutato", "rifiutata", "respinto", "respinta", "scartato"],
    deprecated: ["deprecato", "deprecata", "obsoleto", "obsoleta"],
    superseded: ["sostituito", "sostituita", "superato", "superata"]
  },
  placeholders: ["da definire", "da fare", "da completare", "da scrivere", "da decidere", "in arrivo", "non applicabile"],
  feelings: ["sentan*", "sentono", "sente", "sentiranno", "percepi*", "sentir*", "frustra*", "infastidi*", "confus*", "felic*", "sollev*", "fiducia", "arrabbi*", "sorpres*", "preoccup*", "contenti", "contento", "delus*", "soddisf*", "tranquill*", "stress*"],
  reactions: ["smetter* di chiamar*", "smetter* di contattar*", "chiamer* assistenza", "chiamar* assistenza", "contatt* assistenza", "abbandon*", "disdic*", "annull*", "passer* a", "consiglier*", "raccomand*", "tornera*", "ringrazi*", "reagir*", "apprezz*", "lamentel*", "lament*"],
  measures: ["ora", "ore", "minut*", "terzo", "terzi", "quinto", "dodici", "venti", "trenta", "cinquanta", "volte", "semestr*", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre", "meta", "dimezz*", "raddoppi*", "triplic*", "percento", "per cento", "zero", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "cento", "mille", "giorn*", "settiman*", "mese", "mesi", "trimestr*", "anno", "anni", "entro", "almeno", "al massimo", "meno di", "piu di", "sotto", "sopra", "soglia", "obiettivo"],
  noImpact: ["nessuno", "nessuna", "nessun impatto", "niente", "nulla", "non applicabile", "no"]
};

// server/src/engine/concepts/pl.ts
var pl = {
  language: "pl",
  customers: ["klient*", "klienc*", "uzytkowni*", "konsument*", "nabywc*", "kupujac*", "pacjen*", "czlonk*", "obywatel*", "odbiorc*"],
  fillers: [
    "i",
    "a",
    "w",
    "we",
    "z",
    "ze",
    "na",
    "do",
    "dla",
    "o",
    "od",
    "po",
    "przez",
    "oraz",
    "lub",
    "czy",
    "kto",
    "co",
    "jak",
    "jaki",
    "jakie",
    "jaka",
    "ktory",
    "ktore",
    "ktorzy",
    "nasi",
    "naszych",
    "nasz",
    "nasze",
    "sa",
    "jest",
    "to",
    "ten",
    "ta",
    "tego",
    "tej",
    "glowni",
    "docelowi",
    "docelowa"
  ],
  common: ["nie", "sie", "na", "jest", "do", "ze", "dla", "jak", "oraz", "przez", "to", "czy", "od", "po", "tak", "ich", "juz", "ktore", "ktory", "tylko", "bedzie", "moze", "sa", "aby", "tego"],
  concepts: {
    "customer-impact": ["wplyw* @c", "skutk* @c", "konsekwencj* @c", "doswiadczeni* @c", "co zmieni* @c", "jak @c odczuj*", "odczuci* @c"],
    "problem-solved": ["rozwiaz* problem*", "problem* rozwiaz*", "problem* @c", "=problem*", "jaki problem*", "potrzeb* @c"],
    "value-created": ["wartosc* dla @c", "wartosc* @c", "=wartosc*", "korzysc* dla @c", "=korzysci", "zysk* @c"],
    "customer-segment": ["=@c", "=segment* @c", "=segment*", "=persona", "=persony", "=grup* @c", "kim sa @c", "=dla kogo", "=@c docelow*"],
    "customer-evidence": ["=wywiad*", "=ankiet*", "glos* @c", "=dowody", "opini* @c", "badani* @c", "=badania", "wywiad* @c", "ankiet* @c", "feedback @c", "informacj* zwrotn* od @c", "zgloszeni* @c", "dane od @c"],
    "success-metrics": ["=mierni*", "=wskaznik*", "metryk* sukces*", "=metryki", "miar* sukces*", "wskaznik* sukces*", "kpi*", "=sukces", "mierni* sukces*"],
    "close-the-loop": ["informacj* zwrotn* dla @c", "informowani* @c", "poinform* @c", "komunikacj* @c", "kontakt* @c", "follow up|ups", "domkniec* petli", "zamkniec* petli"]
  },
  generic: ["problem*", "wartosc*", "korzysc*", "konsument*", "czlonk*", "odbiorc*"],
  otherSenses: [
    "obslug*|wsparci*|dzial* klient*|klienc*",
    "po stronie klient*",
    "bibliotek*|aplikacj*|certyfikat* klient*|klienc*",
    "klient* http|rest|api|poczty",
    "konsument*|odbiorc* wiadomosc*|kolejk*|zdarzen*",
    "czlonk*|skladow* klas*|struktur*",
    "interfejs* uzytkownik*"
  ],
  statusLabels: ["status", "stan", "status decyzji"],
  statuses: {
    draft: ["szkic", "wersja robocza", "roboczy"],
    proposed: ["proponowany", "proponowana", "zaproponowany", "zaproponowana", "propozycja", "w dyskusji", "otwarty", "do przegladu"],
    accepted: ["zaakceptowany", "zaakceptowana", "zaakceptowane", "przyjety", "przyjeta", "przyjete", "zatwierdzony", "zatwierdzona", "wdrozony", "wdrozona", "ostateczny"],
    rejected: ["odrzucony", "odrzucona", "odrzucone"],
    deprecated: ["przestarzaly", "przestarzala", "wycofany", "wycofana"],
    superseded: ["zastapiony", "zastapiona", "zastapione"]
  },
  placeholders: ["do uzupelnienia", "do ustalenia", "do zrobienia", "do napisania", "do decyzji", "nie dotyczy", "wkrotce"],
  feelings: ["poczu*", "odczu*", "czu*", "frustr*", "irytu*", "zdezorient*", "zadowol*", "ulg*", "zaufani*", "zlosc*", "zaskocz*", "martw*", "niepok*", "rozczarow*", "spokoj*", "stres*"],
  reactions: ["przestan* dzwonic", "przestan* pisac", "zadzwoni* do wsparcia", "kontakt* z pomoca", "zrezygnuj*", "rezygn*", "anuluj*", "przejd* do", "polec*", "wroc*", "podziekuj*", "zareaguj*", "reaguj*", "docen*", "skarz*", "narzek*"],
  measures: ["godzin*", "minut*", "trzeci*", "piat*", "dwanascie", "dwadziescia", "razy", "polrocz*", "przed", "styczni*", "lut*", "marc*", "kwietni*", "maj*", "czerw*", "lipc*", "sierpni*", "wrzesni*", "pazdziernik*", "listopad*", "grudni*", "polow*", "podwoj*", "dwukrotn*", "trzykrotn*", "procent*", "zero", "jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec", "dziesiec", "sto", "tysiac*", "dzien", "dni", "tydzien", "tygodni*", "miesiac*", "miesiec*", "kwartal*", "rok", "roku", "lat", "w ciagu", "co najmniej", "najwyzej", "mniej niz", "wiecej niz", "ponizej", "powyzej", "prog*", "cel"],
  noImpact: ["brak", "brak wplywu", "nic", "nie dotyczy", "zaden", "zadna", "nie"]
};

// server/src/engine/concepts/pt.ts
var pt = {
  language: "pt",
  customers: ["cliente", "clientes", "usuari*", "utilizador*", "consumidor*", "comprador*", "pacient*", "membro*", "associad*", "cidad*"],
  fillers: [
    "o",
    "a",
    "os",
    "as",
    "um",
    "uma",
    "de",
    "do",
    "da",
    "dos",
    "das",
    "no",
    "na",
    "nos",
    "nas",
    "em",
    "para",
    "por",
    "pelo",
    "pela",
    "com",
    "e",
    "ou",
    "quem",
    "que",
    "qual",
    "quais",
    "como",
    "por que",
    "nossos",
    "nossas",
    "nosso",
    "nossa",
    "sao",
    "esta",
    "este",
    "isso",
    "seus",
    "suas",
    "principais",
    "alvo",
    "afetados"
  ],
  common: ["que", "nao", "para", "com", "uma", "os", "no", "na", "por", "mais", "as", "dos", "como", "sao", "do", "da", "em", "ao", "seus", "isso", "tambem", "pelo", "pela", "nossos", "voce"],
  concepts: {
    "customer-impact": ["impacto* @c", "efeito* @c", "afet* @c", "consequencia* @c", "experiencia* @c", "o que muda @c", "como @c vao sentir*"],
    "problem-solved": ["problema* resolvid*", "problema* resolv*", "problema* @c", "=problema*", "qual problema*", "necessidade* @c"],
    "value-created": ["vantage* @c", "=valor", "valor criado", "valor @c", "=beneficio*", "beneficio* @c", "ganho* @c"],
    "customer-segment": ["=@c", "=@c alvo", "=segmento* @c", "=segmento*", "=persona", "=personas", "quem sao @c", "=para quem", "publico alvo"],
    "customer-evidence": ["=entrevista*", "evidencia*", "prova* @c", "=feedback", "feedback @c", "opiniao* @c", "opinioes @c", "pesquisa* @c", "entrevista* @c", "inquerito* @c", "voz @c", "dados @c", "depoimento*"],
    "success-metrics": ["=indicador*", "medir* sucesso", "metrica* sucesso", "=metricas", "medicao* sucesso", "indicador* sucesso", "kpi*", "=sucesso", "criterio* sucesso"],
    "close-the-loop": ["=acompanhamento", "acompanhamento @c", "comunicacao* @c", "inform* @c", "notifica* @c", "retorno* @c", "fechar* ciclo", "follow up|ups"]
  },
  generic: ["problema*", "valor", "valores", "beneficio*", "vantage*", "consumidor*", "membro*", "associad*"],
  otherSenses: [
    "atendimento|suporte|servico|sucesso ao|a|aos|do|de cliente*",
    "gestor* de pacotes|dependencias|conteudo*|memoria|recursos|estado|versoes",
    "atendimento|suporte|equipe cliente*",
    "lado do|de cliente*",
    "biblioteca*|aplicac*|certificado* cliente*",
    "consumidor* de|da|das mensage*|evento*|fila*",
    "membro* da|de classe*",
    "interface do|de usuari*|utilizador*"
  ],
  statusLabels: ["status", "estado", "situacao"],
  statuses: {
    draft: ["rascunho"],
    proposed: ["proposto", "proposta", "em revisao", "em discussao", "aberto", "pendente"],
    accepted: ["aceito", "aceita", "aceite", "aprovado", "aprovada", "decidido", "decidida", "implementado", "implementada", "final", "adotado"],
    rejected: ["rejeitado", "rejeitada", "recusado", "recusada", "descartado"],
    deprecated: ["obsoleto", "obsoleta", "descontinuado", "depreciado"],
    superseded: ["substituido", "substituida", "superado", "superada"]
  },
  placeholders: ["a definir", "a fazer", "a completar", "a preencher", "a decidir", "por definir", "nao se aplica", "em breve"],
  feelings: ["sint*", "sente", "sentem", "perceb*", "sentir*", "frustra*", "irrita*", "confus*", "feliz*", "alivi*", "confianca", "raiva", "surpre*", "preocup*", "content*", "decepcion*", "satisf*", "tranquil*", "estress*"],
  reactions: ["deixar* de ligar", "deixar* de contatar", "ligar* para o suporte", "contat* suporte", "abandon*", "cancel*", "mudar* para", "recomendar*", "voltar*", "agradec*", "reagir*", "reac*", "aprecia*", "reclam*", "queix*"],
  measures: ["hora*", "minuto*", "maxim*", "minim*", "trimestral*", "terco*", "quinto", "doze", "vinte", "trinta", "vezes", "semestre*", "zerad*", "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro", "metade", "duplic*", "dobr*", "triplic*", "por cento", "percentual", "zero", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "cem", "mil", "dia", "dias", "semana*", "mes", "meses", "trimestre*", "ano", "anos", "ate", "pelo menos", "no maximo", "menos de", "mais de", "abaixo", "acima", "limiar*", "meta", "metas"],
  noImpact: ["nenhum impacto", "nenhum", "nenhuma", "sem impacto", "nada", "nao se aplica", "nao"]
};

// server/src/engine/concepts/vocabulary.ts
var VOCABULARIES = [en, it, es, pl, de, fr, pt];

// server/src/engine/concepts/language.ts
var LANGUAGE_SAMPLE_CHARS = 5e3;
var commonWords = /* @__PURE__ */ new Map();
for (const v of VOCABULARIES) {
  for (const w of v.common) {
    const languages = commonWords.get(w) ?? [];
    if (!languages.includes(v.language)) languages.push(v.language);
    commonWords.set(w, languages);
  }
}
function detectLanguage(text2) {
  const scores = /* @__PURE__ */ new Map();
  for (const w of words(text2.slice(0, LANGUAGE_SAMPLE_CHARS))) {
    for (const language of commonWords.get(w) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  let best = "en";
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

// server/src/engine/types.ts
var STATUSES = ["draft", "proposed", "accepted", "rejected", "deprecated", "superseded"];
var LANGUAGES = ["en", "it", "es", "pl", "de", "fr", "pt"];
var CONCEPTS = [
  "customer-segment",
  "problem-solved",
  "customer-impact",
  "value-created",
  "customer-evidence",
  "success-metrics",
  "close-the-loop"
];

// server/src/engine/concepts/prefixTree.ts
var PrefixTree = class {
  root = { next: /* @__PURE__ */ new Map(), values: [] };
  add(word, value) {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map(), values: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.values.push(value);
  }
  /** Calls `visit` with every value added under a word that `token` starts with (the token itself included), shortest first. */
  prefixesOf(token, visit) {
    let node = this.root;
    for (let i = 0; node; i++) {
      for (const v of node.values) visit(v);
      if (i === token.length) break;
      node = node.next.get(token.charCodeAt(i));
    }
  }
  /** Whether some value under a prefix of `token` satisfies `test`. */
  somePrefix(token, test2) {
    let node = this.root;
    for (let i = 0; node; i++) {
      for (const v of node.values) if (test2(v)) return true;
      if (i === token.length) break;
      node = node.next.get(token.charCodeAt(i));
    }
    return false;
  }
};

// server/src/engine/concepts/words.ts
var MAX_INFLECTION = 3;
function compileWord(raw) {
  const stem = raw.endsWith("*");
  return { word: fold(stem ? raw.slice(0, -1) : raw), stem };
}
var INFLECTIONS = /* @__PURE__ */ new Set(["s", "es", "i", "e", "a", "o", "y", "u", "n", "en", "er", "ern", "em", "ow", "om", "ami", "ach", "ie", "as", "os", "us", "ae", "is", "ies"]);
function wordMatches(m, token) {
  if (token === m.word) return true;
  if (!token.startsWith(m.word)) return false;
  if (m.stem) return true;
  return m.word.length >= 4 && token.length - m.word.length <= MAX_INFLECTION && INFLECTIONS.has(token.slice(m.word.length));
}
function bindSlots(slots, masks, customerMask) {
  let taken = 0;
  let used;
  for (const slot of slots) {
    let fits = slot.customer ? customerMask : 0;
    for (const id of slot.ids) fits |= masks[id];
    const free = fits & ~taken;
    if (free === 0) return void 0;
    const found = 31 - Math.clz32(free & -free);
    taken |= 1 << found;
    (used ??= []).push(found);
  }
  return used ?? [];
}
function buildWordIndex(patterns) {
  const words2 = [];
  const ids = /* @__PURE__ */ new Map();
  const byWord = new PrefixTree();
  const idOf = (m) => {
    const key = `${m.stem ? "*" : "="}${m.word}`;
    let id = ids.get(key);
    if (id === void 0) {
      id = words2.length;
      words2.push(m);
      ids.set(key, id);
      byWord.add(m.word, id);
    }
    return id;
  };
  const slots = patterns.map((p) => p.slots.map((slot) => ({ customer: slot.customer, ids: slot.alternatives.map(idOf) })));
  const byFirstWord = words2.map(() => []);
  const byCustomer = [];
  const always = [];
  slots.forEach((pattern, k) => {
    const first = pattern[0];
    if (!first) always.push(k);
    else {
      if (first.customer) byCustomer.push(k);
      for (const id of first.ids) if (!byFirstWord[id].includes(k)) byFirstWord[id].push(k);
    }
  });
  return { words: words2, byWord, slots, byFirstWord, byCustomer, always, masks: new Int32Array(words2.length), tried: new Uint8Array(slots.length) };
}

// server/src/engine/concepts/senses.ts
var WordSenses = class {
  generic = new PrefixTree();
  /** Each phrase's slots, each slot its alternatives. */
  phrases = [];
  /** Every word of those phrases with where it stands: the phrases a token can be part of. */
  phraseWords = new PrefixTree();
  constructor(vocabularies) {
    for (const v of vocabularies) {
      for (const g of v.generic) {
        const m = compileWord(g);
        this.generic.add(m.word, m);
      }
      for (const phrase of v.otherSenses) {
        const slots = phrase.split(/\s+/).filter((x) => x.length > 0).map((slot) => slot.split("|").map(compileWord));
        const id = this.phrases.push(slots) - 1;
        slots.forEach((alts, at) => {
          for (const word of alts) this.phraseWords.add(word.word, { phrase: id, at, word });
        });
      }
    }
  }
  /** Whether a word is too generic to name a concept as a heading's one word. */
  isGeneric(token) {
    return this.generic.somePrefix(token, (m) => wordMatches(m, token));
  }
  /** Whether tokens[i] is part of a phrase that gives a customer word another sense. */
  isOtherSense(tokens, i) {
    const token = tokens[i];
    let found = false;
    this.phraseWords.prefixesOf(token, ({ phrase, at, word }) => {
      if (found || !wordMatches(word, token)) return;
      const slots = this.phrases[phrase];
      const start = i - at;
      if (start < 0 || start + slots.length > tokens.length) return;
      found = slots.every((alts, k) => alts.some((m) => wordMatches(m, tokens[start + k])));
    });
    return found;
  }
};

// server/src/engine/concepts/matcher.ts
var MATCHED_SIZE = 2e4;
var MIN_COMPOUND = 8;
var MAX_COMPOUND = 40;
var NO_CONCEPTS = [];
function isNumber(w) {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}
var MAX_HEADING_WORDS = 10;
var ConceptMatcher = class {
  patterns = [];
  customerWords;
  customerTree = new PrefixTree();
  fillers;
  /** Every word the patterns use, so a compound is split only where its second half means something. */
  vocabulary = new PrefixTree();
  index;
  /** What each heading's words named, for the next document that uses the same heading ("Context", "Status"...). */
  matched = /* @__PURE__ */ new Map();
  /** Generic words and the other senses of customer words. */
  senses;
  constructor(vocabularies = VOCABULARIES, extra = {}) {
    this.customerWords = vocabularies.flatMap((v) => v.customers.map(compileWord));
    for (const m of this.customerWords) this.customerTree.add(m.word, m);
    this.fillers = new Set(vocabularies.flatMap((v) => v.fillers.map(fold)));
    for (const v of vocabularies) {
      for (const concept of CONCEPTS) for (const p of v.concepts[concept]) this.patterns.push(this.compile(concept, p));
    }
    for (const p of this.patterns) {
      for (const slot of p.slots) for (const m of slot.alternatives) if (m.word.length >= 4) this.vocabulary.add(m.word, m);
    }
    for (const concept of CONCEPTS) {
      for (const synonym of extra[concept] ?? []) {
        const ws = words(synonym);
        if (ws.length > 0) this.patterns.push({ concept, exact: true, slots: ws.map((w) => this.slotOf(w)) });
      }
    }
    this.index = buildWordIndex(this.patterns);
    this.senses = new WordSenses(vocabularies);
  }
  slotOf(word) {
    return { alternatives: [{ word, stem: false }], customer: false };
  }
  compile(concept, pattern) {
    const exact = pattern.startsWith("=");
    const body = exact ? pattern.slice(1) : pattern;
    const slots = body.split(/\s+/).filter((s) => s.length > 0).map((slot) => {
      const alts = slot.split("|");
      return {
        customer: alts.includes("@c"),
        alternatives: alts.filter((a) => a !== "@c").map(compileWord)
      };
    });
    return { concept, slots, exact };
  }
  isCustomerWord(token) {
    return this.customerTree.somePrefix(token, (m) => wordMatches(m, token));
  }
  /**
   * A customer word, or a compound that starts or ends with one: "klientów", "Kundenkonto", "Bestandskunden", "superusers".
   * The head must be three letters or more, so "remember" is not a member.
   */
  namesCustomer(token) {
    if (this.isCustomerWord(token)) return true;
    if (token.length < MIN_COMPOUND || token.length > MAX_COMPOUND) return false;
    if (this.customerTree.somePrefix(token, (m) => m.word.length >= 4 && token.length - m.word.length >= 3)) return true;
    for (let cut = 3; cut <= token.length - 4; cut++) {
      const rest = token.slice(cut);
      if (this.customerTree.somePrefix(rest, (m) => m.word.length >= 4 && wordMatches(m, rest))) return true;
    }
    return false;
  }
  /** Whether some token names the customer in its own sense; `except` leaves out customer words known to mean something else. */
  namesCustomerIn(tokens, except) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (this.namesCustomer(t) && !this.senses.isOtherSense(tokens, i) && !except?.some((e) => this.sameCustomerWord(t, e))) return true;
    }
    return false;
  }
  /** The customer words that the tokens use in another sense somewhere ("Kafka consumer" makes "consumer" one). */
  otherSenseWords(tokens) {
    const out = /* @__PURE__ */ new Set();
    const customer = /* @__PURE__ */ new Map();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let names = customer.get(t);
      if (names === void 0) customer.set(t, names = this.namesCustomer(t));
      if (names && !out.has(t) && this.senses.isOtherSense(tokens, i)) out.add(t);
    }
    return [...out];
  }
  /** Whether tokens[i] means software, code or a team of ours where it stands ("Kafka consumer", "event handler"). */
  isOtherSense(tokens, i) {
    return this.senses.isOtherSense(tokens, i);
  }
  /** "members" and "member", "consumatori" and "consumatore": one customer word. */
  sameCustomerWord(a, b) {
    return a === b || this.customerTree.somePrefix(a, (m) => wordMatches(m, a) && wordMatches(m, b));
  }
  /**
   * The one word of a heading too generic to name its concept alone ("Problems", "The Problem", "Values",
   * "Members", "Consumer"), or undefined when the heading says more.
   */
  genericWord(label) {
    let only;
    for (const t of this.tokens(label)) {
      if (this.fillers.has(t)) continue;
      if (only !== void 0) return void 0;
      only = t;
    }
    return only !== void 0 && this.senses.isGeneric(only) ? only : void 0;
  }
  /** Words of a heading, with numbering dropped and German-style compounds split at a customer word. */
  tokens(label) {
    const out = [];
    for (const w of words(label)) {
      if (isNumber(w)) continue;
      if (w.length < MIN_COMPOUND) out.push(w);
      else for (const part of this.splitCompound(w)) out.push(part);
    }
    if (out.length > 1 && out[0].length <= 4 && /^(?:[a-z]|[ivx]{1,4})$/.test(out[0]) && /^\s*[#*_\s]*[A-Za-z]{1,4}[.)]/.test(label)) out.shift();
    return out;
  }
  isVocabularyWord(w) {
    return this.vocabulary.somePrefix(w, (m) => wordMatches(m, w));
  }
  /** "kundennutzen" -> "kunden" "nutzen", "nutzerfeedback" -> "nutzer" "feedback"; "utilisateurs" stays whole. */
  splitCompound(w) {
    if (w.length < MIN_COMPOUND || !this.customerTree.somePrefix(w, (m) => m.word.length >= 4)) return [w];
    for (const m of this.customerWords) {
      if (m.word.length < 4 || !w.startsWith(m.word)) continue;
      for (let cut = m.word.length; cut <= Math.min(w.length - 4, m.word.length + 3); cut++) {
        const rest = w.slice(cut);
        if (this.isVocabularyWord(rest)) return [w.slice(0, cut), rest];
      }
    }
    return [w];
  }
  /** The concepts a heading or label names; empty when it names none. */
  match(label) {
    const tokens = this.tokens(label);
    const key = tokens.join(" ");
    let concepts = this.matched.get(key);
    if (!concepts) {
      concepts = this.matchTokens(tokens);
      if (this.matched.size >= MATCHED_SIZE) this.matched.clear();
      this.matched.set(key, concepts);
    }
    return concepts;
  }
  matchTokens(tokens) {
    if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return NO_CONCEPTS;
    const index = this.index;
    const masks = index.masks;
    const matched = [];
    let customerMask = 0;
    const hits = [];
    try {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (this.isCustomerWord(t)) customerMask |= 1 << i;
        const bit = 1 << i;
        index.byWord.prefixesOf(t, (id) => {
          if (!wordMatches(index.words[id], t)) return;
          if (masks[id] === 0) matched.push(id);
          masks[id] |= bit;
        });
      }
      if (customerMask !== 0) {
        for (let i = 0; i < tokens.length; i++) if ((customerMask & 1 << i) !== 0 && this.senses.isOtherSense(tokens, i)) customerMask &= ~(1 << i);
      }
      if (matched.length === 0 && customerMask === 0 && index.always.length === 0) return NO_CONCEPTS;
      const candidates = [];
      const add3 = (ks) => {
        for (const k of ks) {
          if (index.tried[k] === 1) continue;
          index.tried[k] = 1;
          candidates.push(k);
        }
      };
      add3(index.always);
      if (customerMask !== 0) add3(index.byCustomer);
      for (const id of matched) add3(index.byFirstWord[id]);
      for (const k of candidates) index.tried[k] = 0;
      for (const k of candidates) {
        const p = this.patterns[k];
        const used = bindSlots(index.slots[k], masks, customerMask);
        if (!used) continue;
        const moreCustomers = p.slots.some((s) => s.customer) ? customerMask : 0;
        if (p.exact && tokens.some((t, i) => !used.includes(i) && !this.fillers.has(t) && (moreCustomers & 1 << i) === 0)) continue;
        hits.push({ concept: p.concept, used });
      }
    } finally {
      for (const id of matched) masks[id] = 0;
    }
    const kept = hits.filter(
      (h) => !hits.some((o) => o.concept !== h.concept && o.used.length > h.used.length && h.used.every((i) => o.used.includes(i)))
    );
    return kept.length === 0 ? NO_CONCEPTS : CONCEPTS.filter((c) => kept.some((h) => h.concept === c));
  }
};

// server/src/engine/concepts/phrases.ts
var placeholderPhrases = new Set(VOCABULARIES.flatMap((v) => v.placeholders.map((p) => words(p).join(" "))));
var allFillers = new Set(VOCABULARIES.flatMap((v) => v.fillers.map(fold)));
var customerTree = new PrefixTree();
for (const v of VOCABULARIES) for (const m of v.customers.map(compileWord)) customerTree.add(m.word, m);
var noImpactPhrases = new Set(VOCABULARIES.flatMap((v) => v.noImpact.map((p) => words(p).join(" "))));
var noImpactWords = new Set([...noImpactPhrases].flatMap((p) => p.split(" ")));
function isPlaceholderLine(line) {
  const trimmed = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/^[*_`~]+|[*_`~]+$/g, "").trim();
  if (trimmed.length === 0) return false;
  if (/^(?:\.{3}|…|\?+|-+|_+)$/.test(trimmed)) return true;
  if (/^\{[^{}]*\}$|^<[^<>]*>$|^\[[^\]]*\]$/.test(trimmed)) return true;
  const folded = words(trimmed).join(" ");
  if (placeholderPhrases.has(folded)) return true;
  const colon = trimmed.indexOf(":");
  return colon > 0 && placeholderPhrases.has(words(trimmed.slice(0, colon)).join(" "));
}
function saysOnlyNoImpact(text2) {
  const ws = words(text2);
  if (noImpactPhrases.has(ws.join(" "))) return true;
  const core = ws.filter((w) => noImpactWords.has(w) || !allFillers.has(w) && !customerTree.somePrefix(w, (m) => wordMatches(m, w)));
  return core.length > 0 && core.length < ws.length && noImpactPhrases.has(core.join(" "));
}

// server/src/engine/concepts/status.ts
var STATUS_ORDER = ["superseded", "deprecated", "rejected", "accepted", "draft", "proposed"];
var statusPhrases = VOCABULARIES.flatMap(
  (v) => STATUS_ORDER.flatMap((status) => (v.statuses[status] ?? []).map((p) => ({ status, words: words(p) })))
);
function normaliseStatus(value) {
  const ws = words(value).slice(0, 12);
  for (let i = 0; i < ws.length; i++) {
    let best;
    for (const p of statusPhrases) {
      if ((!best || p.words.length > best.words.length) && p.words.every((w, k) => ws[i + k] === w)) best = p;
    }
    if (best) return best.status;
  }
  return void 0;
}
var statusLabels = new Set(VOCABULARIES.flatMap((v) => v.statusLabels.map((l) => words(l).join(" "))));
function isStatusLabel(label) {
  return statusLabels.has(words(label).join(" "));
}

// server/src/engine/config/defaults.ts
var CONFIG_FILE_NAMES = [".customer-lens.yaml", ".customer-lens.yml"];
var DEFAULT_INCLUDE = {
  decision: [
    "**/{adr,adrs,decisions,decision-records,architecture-decisions}/**/*.{md,markdown}",
    "**/*.{decision,adr}.{md,markdown,yaml,yml}"
  ],
  spec: ["**/{specs,prd,prds,rfcs,proposals}/**/*.{md,markdown}", "**/*.{spec,prd}.{md,markdown,yaml,yml}"],
  persona: ["**/personas/**/*.{md,markdown,yaml,yml}", "**/*.persona.{md,markdown,yaml,yml}"]
};
var DEFAULT_EXCLUDE = ["README.*", "index.*", "*template*", "node_modules/**", "**/node_modules/**"];
var SIGNALS = ["who", "feeling", "metric", "evidence"];
function defaultConfig() {
  return {
    kinds: { decision: { include: [], exclude: [] }, spec: { include: [], exclude: [] }, persona: { include: [], exclude: [] } },
    rules: {},
    headings: {},
    words: {}
  };
}
var SEVERITY_SETTINGS = ["error", "warning", "info", "hint", "off"];
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var MAX_FILE_LINES = 1e5;

// server/src/engine/glob.ts
var MAX_EXPANSIONS = 64;
var MAX_GLOB_LENGTH = 1024;
var MAX_BRACE_DEPTH = 16;
var GlobError = class extends Error {
  constructor(problem, values, message) {
    super(message);
    this.problem = problem;
    this.values = values;
  }
  problem;
  values;
};
function expandBraces(pattern) {
  const open = pattern.indexOf("{");
  if (open < 0) {
    if (pattern.includes("}")) throw new GlobError("globUnbalanced", { bracket: "}", glob: pattern }, `unbalanced "}" in glob "${pattern}"`);
    return [pattern];
  }
  let depth = 0;
  let close = -1;
  const commas = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0) throw new GlobError("globUnbalanced", { bracket: "{", glob: pattern }, `unbalanced "{" in glob "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const cuts = [open, ...commas, close];
  const out = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    for (const alt of expandBraces(pattern.slice(cuts[k] + 1, cuts[k + 1]))) {
      for (const rest of expandBraces(tail)) {
        out.push(head + alt + rest);
        if (out.length > MAX_EXPANSIONS) throw new GlobError("globTooManyAlternatives", { glob: pattern, limit: MAX_EXPANSIONS }, `glob "${pattern}" has more than ${MAX_EXPANSIONS} alternatives`);
      }
    }
  }
  return out;
}
function matchClass(p, i, c) {
  let j = i + 1;
  const negate = p[j] === "!" || p[j] === "^";
  if (negate) j++;
  let ok = false;
  let first = true;
  while (j < p.length && (p[j] !== "]" || first)) {
    first = false;
    if (p[j + 1] === "-" && j + 2 < p.length && p[j + 2] !== "]") {
      if (c >= p[j] && c <= p[j + 2]) ok = true;
      j += 3;
    } else {
      if (c === p[j]) ok = true;
      j++;
    }
  }
  if (j >= p.length) throw new GlobError("globUnbalanced", { bracket: "[", glob: p }, `unbalanced "[" in glob "${p}"`);
  return { end: j + 1, ok: negate ? !ok : ok };
}
function matchSegment(p, s) {
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === "*") {
      starP = pi++;
      starS = si;
      continue;
    }
    if (pi < p.length) {
      if (p[pi] === "[") {
        const cls = matchClass(p, pi, s[si]);
        if (cls.ok) {
          pi = cls.end;
          si++;
          continue;
        }
      } else if (p[pi] === "?" || p[pi] === s[si]) {
        pi++;
        si++;
        continue;
      }
    }
    if (starP < 0) return false;
    pi = starP + 1;
    si = ++starS;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}
var Glob = class _Glob {
  /** Throws GlobError when the pattern is malformed. */
  constructor(source) {
    this.source = source;
    const trimmed = source.trim().replace(/^\.\//, "");
    if (trimmed.length === 0) throw new GlobError("globEmpty", {}, "empty glob");
    if (trimmed.length > MAX_GLOB_LENGTH) throw new GlobError("globTooLong", { limit: MAX_GLOB_LENGTH }, `glob longer than ${MAX_GLOB_LENGTH} characters`);
    let depth = 0;
    for (const c of trimmed) {
      if (c === "{" && ++depth > MAX_BRACE_DEPTH) throw new GlobError("globTooDeep", { glob: trimmed.slice(0, 40), limit: MAX_BRACE_DEPTH }, `glob "${trimmed.slice(0, 40)}..." nests braces more than ${MAX_BRACE_DEPTH} deep`);
      if (c === "}") depth--;
    }
    const base = trimmed.includes("/") ? trimmed.replace(/\/$/, "/**") : `**/${trimmed}`;
    const expanded = expandBraces(base.toLowerCase());
    this.size = expanded.reduce((n, a) => n + a.length, 0);
    this.alternatives = expanded.map((a) => a.split("/").filter((s) => s.length > 0));
    for (const segments of this.alternatives) for (const seg of segments) if (seg.includes("[")) matchSegment(seg, seg);
    this.literals = this.alternatives.map((segments) => segments.filter((seg) => !/[*?[]/.test(seg)));
    this.nameEnds = this.alternatives.map((segments) => {
      const last = segments[segments.length - 1] ?? "";
      const wildcard = Math.max(last.lastIndexOf("*"), last.lastIndexOf("?"), last.lastIndexOf("]"));
      return last === "**" ? "" : last.slice(wildcard + 1);
    });
    this.byNameEnd = this.alternatives.map(
      (segments, k) => segments.length === 2 && segments[0] === "**" && segments[1] === `*${this.nameEnds[k]}` && !/[*?[\]]/.test(this.nameEnds[k])
    );
  }
  source;
  /** The characters of all its alternatives: what matching a path against it costs, at most, per path character. */
  size;
  alternatives;
  /** Per alternative, its segments without wildcards: a path lacking one of them cannot match. */
  literals;
  /** Per alternative, how the file name must end (the last segment's text after its last wildcard). */
  nameEnds;
  /** Per alternative, whether it is `**` then `*` and a literal end (`**` + `/*.md`): the name's end decides alone. */
  byNameEnd;
  /** `path` is relative, with `/` separators. Case is ignored. */
  matches(path) {
    return this.matchesParts(_Glob.parts(path));
  }
  /** A path as `matchesParts` takes it: lower case, split at `/`. Split once, match against many globs. */
  static parts(path) {
    return path.toLowerCase().split("/").filter((s) => s.length > 0);
  }
  matchesParts(parts) {
    const name = parts.length > 0 ? parts[parts.length - 1] : "";
    for (let k = 0; k < this.alternatives.length; k++) {
      if (!name.endsWith(this.nameEnds[k])) continue;
      if (this.byNameEnd[k]) {
        if (parts.length > 0) return true;
        continue;
      }
      if (this.literals[k].every((lit) => parts.includes(lit)) && matchPath(this.alternatives[k], parts)) return true;
    }
    return false;
  }
};
function matchPath(pattern, path) {
  const last = pattern[pattern.length - 1];
  if (last !== void 0 && last !== "**" && (path.length === 0 || !matchSegment(last, path[path.length - 1]))) return false;
  const rows = pattern.length + 1;
  const cols = path.length + 1;
  const memo = new Uint8Array(rows * cols);
  memo[pattern.length * cols + path.length] = 1;
  for (let i = pattern.length - 1; i >= 0; i--) {
    for (let j = path.length; j >= 0; j--) {
      let ok = false;
      if (pattern[i] === "**") ok = memo[(i + 1) * cols + j] === 1 || j < path.length && memo[i * cols + j + 1] === 1;
      else if (j < path.length) ok = matchSegment(pattern[i], path[j]) && memo[(i + 1) * cols + j + 1] === 1;
      memo[i * cols + j] = ok ? 1 : 0;
    }
  }
  return memo[0] === 1;
}

// server/src/engine/parse/yamlMap.ts
var import_yaml2 = __toESM(require_dist());

// server/src/engine/parse/yamlGuard.ts
var import_yaml = __toESM(require_dist());
var MAX_YAML_DEPTH = 64;
var MAX_YAML_BYTES = 1024 * 1024;
var MAX_YAML_ERRORS = 1e3;
var MAX_YAML_TOKENS = 5e4;
function refusalText(refusal, m) {
  const texts = { "too-large": m.yamlTooLarge, "too-many-errors": m.yamlTooManyErrors, "too-deep": m.yamlTooDeep, "too-complex": m.yamlTooComplex };
  return texts[refusal];
}
function tokenDepth(tokens) {
  let max = 0;
  const stack = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop();
    if (token.type === "document") {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      const d = depth + 1;
      if (d > max) max = d;
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: d });
        if (item.value) stack.push({ token: item.value, depth: d });
      }
    }
  }
  return max;
}
function parseYamlGuarded(text2, options) {
  if (text2.length > MAX_YAML_BYTES) return { refused: "too-large" };
  const parser = new import_yaml.Parser();
  const tokens = [];
  let errors = 0;
  let lexemes = 0;
  for (const lexeme of new import_yaml.Lexer().lex(text2)) {
    if (++lexemes > MAX_YAML_TOKENS) return { refused: "too-complex" };
    for (const token of parser.next(lexeme)) {
      tokens.push(token);
      if (token.type === "error" && ++errors > MAX_YAML_ERRORS) return { refused: "too-many-errors" };
    }
    if (parser.stack.length > MAX_YAML_DEPTH + 2) return { refused: "too-deep" };
  }
  for (const token of parser.end()) tokens.push(token);
  if (tokenDepth(tokens) > MAX_YAML_DEPTH) return { refused: "too-deep" };
  let doc;
  for (const next of new import_yaml.Composer(options).compose(tokens, true, text2.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new import_yaml.YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  return doc;
}

// server/src/engine/parse/yamlMap.ts
function scalarsText(node) {
  if (node === null || node === void 0) return "";
  if ((0, import_yaml2.isScalar)(node)) return node.value === null || node.value === void 0 ? "" : String(node.value);
  if ((0, import_yaml2.isSeq)(node)) return node.items.map(scalarsText).filter((s) => s.length > 0).join("\n");
  if ((0, import_yaml2.isMap)(node)) return node.items.map((p) => [scalarsText(p.key), scalarsText(p.value)].join(": ")).join("\n");
  return "";
}
function readYamlMap(text2, firstLine2, index) {
  const local = new LineIndex(text2);
  const entries2 = [];
  let doc;
  try {
    const parsed = parseYamlGuarded(text2, { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: "error" });
    if ("refused" in parsed) return { entries: entries2, notAMap: false, error: { problem: parsed, line: firstLine2 } };
    doc = parsed;
  } catch (e) {
    return { entries: entries2, notAMap: false, error: { problem: { syntax: firstLineOf(e) }, line: firstLine2 } };
  }
  const lineOf = (offset) => firstLine2 + local.positionAt(offset).line;
  let error;
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const lastLine = firstLine2 + Math.max(0, local.lineCount - 1);
    error = { problem: { syntax: firstLineOf(first) }, line: Math.max(firstLine2, visibleLine(index, Math.min(lineOf(first.pos[0]), lastLine))) };
  }
  const contents = doc.contents;
  if (contents === null || contents === void 0) return { entries: entries2, error, notAMap: false };
  if (!(0, import_yaml2.isMap)(contents)) return { entries: entries2, error, notAMap: true };
  let js;
  try {
    const value = doc.toJS({ maxAliasCount: 50 });
    if (value && typeof value === "object") js = value;
  } catch (e) {
    js = void 0;
    error ??= { problem: { syntax: firstLineOf(e) }, line: firstLine2 };
  }
  for (const pair of contents.items) {
    const keyNode = pair.key;
    if (!(0, import_yaml2.isScalar)(keyNode) || keyNode.range === void 0 || keyNode.range === null) continue;
    const key = String(keyNode.value);
    const line = lineOf(keyNode.range[0]);
    const startChar = local.positionAt(keyNode.range[0]).character;
    const keyEnd = local.positionAt(keyNode.range[1]);
    const keyEndChar = keyEnd.line === line - firstLine2 ? keyEnd.character : local.line(line - firstLine2).length;
    const valueNode = pair.value;
    const end = valueNode && valueNode.range ? valueNode.range[1] : keyNode.range[1];
    const value = js && Object.hasOwn(js, key) ? js[key] : void 0;
    const endPos = local.positionAt(Math.max(keyNode.range[0], end - 1));
    entries2.push({
      key,
      value,
      text: scalarsText(valueNode),
      keyRange: { start: { line, character: startChar }, end: { line, character: keyEndChar } },
      line,
      endLine: Math.min(index.lineCount, firstLine2 + endPos.line + 1)
    });
  }
  return { entries: entries2, error, notAMap: false };
}
function firstLineOf(e) {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0];
}
function dataOf(entries2) {
  return Object.fromEntries(entries2.map((e) => [e.key, e.value]));
}

// server/src/engine/parse/frontMatter.ts
function isOpening(line) {
  return line.replace(/^\uFEFF/, "").trimEnd() === "---";
}
function readFrontMatter(index) {
  if (index.lineCount < 2 || !isOpening(index.line(0))) return void 0;
  let close = -1;
  for (let n = 1; n < index.lineCount; n++) {
    const l = index.line(n).trimEnd();
    if (l === "---" || l === "...") {
      close = n;
      break;
    }
  }
  if (close < 0) return { unclosed: true };
  const yaml = readYamlMap(index.slice(1, close), 1, index);
  const keyLines = new Map(yaml.entries.map((e) => [e.key, e.line]));
  const error = yaml.error ?? (yaml.notAMap ? { problem: { notAMap: true }, line: 1 } : void 0);
  return {
    frontMatter: {
      data: dataOf(yaml.entries),
      keyLines,
      range: { start: { line: 0, character: 0 }, end: { line: close, character: index.line(close).length } },
      error
    },
    entries: yaml.entries,
    bodyStart: close + 1
  };
}

// node_modules/markdown-it/lib/common/utils.mjs
var utils_exports = {};
__export(utils_exports, {
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  assign: () => assign,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint2,
  has: () => has,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isString: () => isString,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache = decodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache = encodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache.push(ch);
    } else {
      cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes2;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes2 = rest.substr(0, 2) === "//";
    if (slashes2 && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes2 || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/index.mjs
var uc_exports = {};
__export(uc_exports, {
  Any: () => regex_default,
  Cc: () => regex_default2,
  Cf: () => regex_default3,
  P: () => regex_default4,
  S: () => regex_default5,
  Z: () => regex_default6
});

// node_modules/uc.micro/properties/Any/regex.mjs
var regex_default = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

// node_modules/uc.micro/categories/Cc/regex.mjs
var regex_default2 = /[\0-\x1F\x7F-\x9F]/;

// node_modules/uc.micro/categories/Cf/regex.mjs
var regex_default3 = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;

// node_modules/uc.micro/categories/P/regex.mjs
var regex_default4 = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;

// node_modules/uc.micro/categories/S/regex.mjs
var regex_default5 = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C0\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2426\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2B95\u2B97-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E3\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBC2\uFD40-\uFD4F\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED7\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDF76\uDF7B-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0\uDCB1\uDD00-\uDE53\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE88\uDE90-\uDEBD\uDEBF-\uDEC5\uDECE-\uDEDB\uDEE0-\uDEE8\uDEF0-\uDEF8\uDF00-\uDF92\uDF94-\uDFCA]/;

// node_modules/uc.micro/categories/Z/regex.mjs
var regex_default6 = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  '\u1D41<\xD5\u0131\u028A\u049D\u057B\u05D0\u0675\u06DE\u07A2\u07D6\u080F\u0A4A\u0A91\u0DA1\u0E6D\u0F09\u0F26\u10CA\u1228\u12E1\u1415\u149D\u14C3\u14DF\u1525\0\0\0\0\0\0\u156B\u16CD\u198D\u1C12\u1DDD\u1F7E\u2060\u21B0\u228D\u23C0\u23FB\u2442\u2824\u2912\u2D08\u2E48\u2FCE\u3016\u32BA\u3639\u37AC\u38FE\u3A28\u3A71\u3AE0\u3B2E\u0800EMabcfglmnoprstu\\bfms\x7F\x84\x8B\x90\x95\x98\xA6\xB3\xB9\xC8\xCFlig\u803B\xC6\u40C6P\u803B&\u4026cute\u803B\xC1\u40C1reve;\u4102\u0100iyx}rc\u803B\xC2\u40C2;\u4410r;\uC000\u{1D504}rave\u803B\xC0\u40C0pha;\u4391acr;\u4100d;\u6A53\u0100gp\x9D\xA1on;\u4104f;\uC000\u{1D538}plyFunction;\u6061ing\u803B\xC5\u40C5\u0100cs\xBE\xC3r;\uC000\u{1D49C}ign;\u6254ilde\u803B\xC3\u40C3ml\u803B\xC4\u40C4\u0400aceforsu\xE5\xFB\xFE\u0117\u011C\u0122\u0127\u012A\u0100cr\xEA\xF2kslash;\u6216\u0176\xF6\xF8;\u6AE7ed;\u6306y;\u4411\u0180crt\u0105\u010B\u0114ause;\u6235noullis;\u612Ca;\u4392r;\uC000\u{1D505}pf;\uC000\u{1D539}eve;\u42D8c\xF2\u0113mpeq;\u624E\u0700HOacdefhilorsu\u014D\u0151\u0156\u0180\u019E\u01A2\u01B5\u01B7\u01BA\u01DC\u0215\u0273\u0278\u027Ecy;\u4427PY\u803B\xA9\u40A9\u0180cpy\u015D\u0162\u017Aute;\u4106\u0100;i\u0167\u0168\u62D2talDifferentialD;\u6145leys;\u612D\u0200aeio\u0189\u018E\u0194\u0198ron;\u410Cdil\u803B\xC7\u40C7rc;\u4108nint;\u6230ot;\u410A\u0100dn\u01A7\u01ADilla;\u40B8terDot;\u40B7\xF2\u017Fi;\u43A7rcle\u0200DMPT\u01C7\u01CB\u01D1\u01D6ot;\u6299inus;\u6296lus;\u6295imes;\u6297o\u0100cs\u01E2\u01F8kwiseContourIntegral;\u6232eCurly\u0100DQ\u0203\u020FoubleQuote;\u601Duote;\u6019\u0200lnpu\u021E\u0228\u0247\u0255on\u0100;e\u0225\u0226\u6237;\u6A74\u0180git\u022F\u0236\u023Aruent;\u6261nt;\u622FourIntegral;\u622E\u0100fr\u024C\u024E;\u6102oduct;\u6210nterClockwiseContourIntegral;\u6233oss;\u6A2Fcr;\uC000\u{1D49E}p\u0100;C\u0284\u0285\u62D3ap;\u624D\u0580DJSZacefios\u02A0\u02AC\u02B0\u02B4\u02B8\u02CB\u02D7\u02E1\u02E6\u0333\u048D\u0100;o\u0179\u02A5trahd;\u6911cy;\u4402cy;\u4405cy;\u440F\u0180grs\u02BF\u02C4\u02C7ger;\u6021r;\u61A1hv;\u6AE4\u0100ay\u02D0\u02D5ron;\u410E;\u4414l\u0100;t\u02DD\u02DE\u6207a;\u4394r;\uC000\u{1D507}\u0100af\u02EB\u0327\u0100cm\u02F0\u0322ritical\u0200ADGT\u0300\u0306\u0316\u031Ccute;\u40B4o\u0174\u030B\u030D;\u42D9bleAcute;\u42DDrave;\u4060ilde;\u42DCond;\u62C4ferentialD;\u6146\u0470\u033D\0\0\0\u0342\u0354\0\u0405f;\uC000\u{1D53B}\u0180;DE\u0348\u0349\u034D\u40A8ot;\u60DCqual;\u6250ble\u0300CDLRUV\u0363\u0372\u0382\u03CF\u03E2\u03F8ontourIntegra\xEC\u0239o\u0274\u0379\0\0\u037B\xBB\u0349nArrow;\u61D3\u0100eo\u0387\u03A4ft\u0180ART\u0390\u0396\u03A1rrow;\u61D0ightArrow;\u61D4e\xE5\u02CAng\u0100LR\u03AB\u03C4eft\u0100AR\u03B3\u03B9rrow;\u67F8ightArrow;\u67FAightArrow;\u67F9ight\u0100AT\u03D8\u03DErrow;\u61D2ee;\u62A8p\u0241\u03E9\0\0\u03EFrrow;\u61D1ownArrow;\u61D5erticalBar;\u6225n\u0300ABLRTa\u0412\u042A\u0430\u045E\u047F\u037Crrow\u0180;BU\u041D\u041E\u0422\u6193ar;\u6913pArrow;\u61F5reve;\u4311eft\u02D2\u043A\0\u0446\0\u0450ightVector;\u6950eeVector;\u695Eector\u0100;B\u0459\u045A\u61BDar;\u6956ight\u01D4\u0467\0\u0471eeVector;\u695Fector\u0100;B\u047A\u047B\u61C1ar;\u6957ee\u0100;A\u0486\u0487\u62A4rrow;\u61A7\u0100ct\u0492\u0497r;\uC000\u{1D49F}rok;\u4110\u0800NTacdfglmopqstux\u04BD\u04C0\u04C4\u04CB\u04DE\u04E2\u04E7\u04EE\u04F5\u0521\u052F\u0536\u0552\u055D\u0560\u0565G;\u414AH\u803B\xD0\u40D0cute\u803B\xC9\u40C9\u0180aiy\u04D2\u04D7\u04DCron;\u411Arc\u803B\xCA\u40CA;\u442Dot;\u4116r;\uC000\u{1D508}rave\u803B\xC8\u40C8ement;\u6208\u0100ap\u04FA\u04FEcr;\u4112ty\u0253\u0506\0\0\u0512mallSquare;\u65FBerySmallSquare;\u65AB\u0100gp\u0526\u052Aon;\u4118f;\uC000\u{1D53C}silon;\u4395u\u0100ai\u053C\u0549l\u0100;T\u0542\u0543\u6A75ilde;\u6242librium;\u61CC\u0100ci\u0557\u055Ar;\u6130m;\u6A73a;\u4397ml\u803B\xCB\u40CB\u0100ip\u056A\u056Fsts;\u6203onentialE;\u6147\u0280cfios\u0585\u0588\u058D\u05B2\u05CCy;\u4424r;\uC000\u{1D509}lled\u0253\u0597\0\0\u05A3mallSquare;\u65FCerySmallSquare;\u65AA\u0370\u05BA\0\u05BF\0\0\u05C4f;\uC000\u{1D53D}All;\u6200riertrf;\u6131c\xF2\u05CB\u0600JTabcdfgorst\u05E8\u05EC\u05EF\u05FA\u0600\u0612\u0616\u061B\u061D\u0623\u066C\u0672cy;\u4403\u803B>\u403Emma\u0100;d\u05F7\u05F8\u4393;\u43DCreve;\u411E\u0180eiy\u0607\u060C\u0610dil;\u4122rc;\u411C;\u4413ot;\u4120r;\uC000\u{1D50A};\u62D9pf;\uC000\u{1D53E}eater\u0300EFGLST\u0635\u0644\u064E\u0656\u065B\u0666qual\u0100;L\u063E\u063F\u6265ess;\u62DBullEqual;\u6267reater;\u6AA2ess;\u6277lantEqual;\u6A7Eilde;\u6273cr;\uC000\u{1D4A2};\u626B\u0400Aacfiosu\u0685\u068B\u0696\u069B\u069E\u06AA\u06BE\u06CARDcy;\u442A\u0100ct\u0690\u0694ek;\u42C7;\u405Eirc;\u4124r;\u610ClbertSpace;\u610B\u01F0\u06AF\0\u06B2f;\u610DizontalLine;\u6500\u0100ct\u06C3\u06C5\xF2\u06A9rok;\u4126mp\u0144\u06D0\u06D8ownHum\xF0\u012Fqual;\u624F\u0700EJOacdfgmnostu\u06FA\u06FE\u0703\u0707\u070E\u071A\u071E\u0721\u0728\u0744\u0778\u078B\u078F\u0795cy;\u4415lig;\u4132cy;\u4401cute\u803B\xCD\u40CD\u0100iy\u0713\u0718rc\u803B\xCE\u40CE;\u4418ot;\u4130r;\u6111rave\u803B\xCC\u40CC\u0180;ap\u0720\u072F\u073F\u0100cg\u0734\u0737r;\u412AinaryI;\u6148lie\xF3\u03DD\u01F4\u0749\0\u0762\u0100;e\u074D\u074E\u622C\u0100gr\u0753\u0758ral;\u622Bsection;\u62C2isible\u0100CT\u076C\u0772omma;\u6063imes;\u6062\u0180gpt\u077F\u0783\u0788on;\u412Ef;\uC000\u{1D540}a;\u4399cr;\u6110ilde;\u4128\u01EB\u079A\0\u079Ecy;\u4406l\u803B\xCF\u40CF\u0280cfosu\u07AC\u07B7\u07BC\u07C2\u07D0\u0100iy\u07B1\u07B5rc;\u4134;\u4419r;\uC000\u{1D50D}pf;\uC000\u{1D541}\u01E3\u07C7\0\u07CCr;\uC000\u{1D4A5}rcy;\u4408kcy;\u4404\u0380HJacfos\u07E4\u07E8\u07EC\u07F1\u07FD\u0802\u0808cy;\u4425cy;\u440Cppa;\u439A\u0100ey\u07F6\u07FBdil;\u4136;\u441Ar;\uC000\u{1D50E}pf;\uC000\u{1D542}cr;\uC000\u{1D4A6}\u0580JTaceflmost\u0825\u0829\u082C\u0850\u0863\u09B3\u09B8\u09C7\u09CD\u0A37\u0A47cy;\u4409\u803B<\u403C\u0280cmnpr\u0837\u083C\u0841\u0844\u084Dute;\u4139bda;\u439Bg;\u67EAlacetrf;\u6112r;\u619E\u0180aey\u0857\u085C\u0861ron;\u413Ddil;\u413B;\u441B\u0100fs\u0868\u0970t\u0500ACDFRTUVar\u087E\u08A9\u08B1\u08E0\u08E6\u08FC\u092F\u095B\u0390\u096A\u0100nr\u0883\u088FgleBracket;\u67E8row\u0180;BR\u0899\u089A\u089E\u6190ar;\u61E4ightArrow;\u61C6eiling;\u6308o\u01F5\u08B7\0\u08C3bleBracket;\u67E6n\u01D4\u08C8\0\u08D2eeVector;\u6961ector\u0100;B\u08DB\u08DC\u61C3ar;\u6959loor;\u630Aight\u0100AV\u08EF\u08F5rrow;\u6194ector;\u694E\u0100er\u0901\u0917e\u0180;AV\u0909\u090A\u0910\u62A3rrow;\u61A4ector;\u695Aiangle\u0180;BE\u0924\u0925\u0929\u62B2ar;\u69CFqual;\u62B4p\u0180DTV\u0937\u0942\u094CownVector;\u6951eeVector;\u6960ector\u0100;B\u0956\u0957\u61BFar;\u6958ector\u0100;B\u0965\u0966\u61BCar;\u6952ight\xE1\u039Cs\u0300EFGLST\u097E\u098B\u0995\u099D\u09A2\u09ADqualGreater;\u62DAullEqual;\u6266reater;\u6276ess;\u6AA1lantEqual;\u6A7Dilde;\u6272r;\uC000\u{1D50F}\u0100;e\u09BD\u09BE\u62D8ftarrow;\u61DAidot;\u413F\u0180npw\u09D4\u0A16\u0A1Bg\u0200LRlr\u09DE\u09F7\u0A02\u0A10eft\u0100AR\u09E6\u09ECrrow;\u67F5ightArrow;\u67F7ightArrow;\u67F6eft\u0100ar\u03B3\u0A0Aight\xE1\u03BFight\xE1\u03CAf;\uC000\u{1D543}er\u0100LR\u0A22\u0A2CeftArrow;\u6199ightArrow;\u6198\u0180cht\u0A3E\u0A40\u0A42\xF2\u084C;\u61B0rok;\u4141;\u626A\u0400acefiosu\u0A5A\u0A5D\u0A60\u0A77\u0A7C\u0A85\u0A8B\u0A8Ep;\u6905y;\u441C\u0100dl\u0A65\u0A6FiumSpace;\u605Flintrf;\u6133r;\uC000\u{1D510}nusPlus;\u6213pf;\uC000\u{1D544}c\xF2\u0A76;\u439C\u0480Jacefostu\u0AA3\u0AA7\u0AAD\u0AC0\u0B14\u0B19\u0D91\u0D97\u0D9Ecy;\u440Acute;\u4143\u0180aey\u0AB4\u0AB9\u0ABEron;\u4147dil;\u4145;\u441D\u0180gsw\u0AC7\u0AF0\u0B0Eative\u0180MTV\u0AD3\u0ADF\u0AE8ediumSpace;\u600Bhi\u0100cn\u0AE6\u0AD8\xEB\u0AD9eryThi\xEE\u0AD9ted\u0100GL\u0AF8\u0B06reaterGreate\xF2\u0673essLes\xF3\u0A48Line;\u400Ar;\uC000\u{1D511}\u0200Bnpt\u0B22\u0B28\u0B37\u0B3Areak;\u6060BreakingSpace;\u40A0f;\u6115\u0680;CDEGHLNPRSTV\u0B55\u0B56\u0B6A\u0B7C\u0BA1\u0BEB\u0C04\u0C5E\u0C84\u0CA6\u0CD8\u0D61\u0D85\u6AEC\u0100ou\u0B5B\u0B64ngruent;\u6262pCap;\u626DoubleVerticalBar;\u6226\u0180lqx\u0B83\u0B8A\u0B9Bement;\u6209ual\u0100;T\u0B92\u0B93\u6260ilde;\uC000\u2242\u0338ists;\u6204reater\u0380;EFGLST\u0BB6\u0BB7\u0BBD\u0BC9\u0BD3\u0BD8\u0BE5\u626Fqual;\u6271ullEqual;\uC000\u2267\u0338reater;\uC000\u226B\u0338ess;\u6279lantEqual;\uC000\u2A7E\u0338ilde;\u6275ump\u0144\u0BF2\u0BFDownHump;\uC000\u224E\u0338qual;\uC000\u224F\u0338e\u0100fs\u0C0A\u0C27tTriangle\u0180;BE\u0C1A\u0C1B\u0C21\u62EAar;\uC000\u29CF\u0338qual;\u62ECs\u0300;EGLST\u0C35\u0C36\u0C3C\u0C44\u0C4B\u0C58\u626Equal;\u6270reater;\u6278ess;\uC000\u226A\u0338lantEqual;\uC000\u2A7D\u0338ilde;\u6274ested\u0100GL\u0C68\u0C79reaterGreater;\uC000\u2AA2\u0338essLess;\uC000\u2AA1\u0338recedes\u0180;ES\u0C92\u0C93\u0C9B\u6280qual;\uC000\u2AAF\u0338lantEqual;\u62E0\u0100ei\u0CAB\u0CB9verseElement;\u620CghtTriangle\u0180;BE\u0CCB\u0CCC\u0CD2\u62EBar;\uC000\u29D0\u0338qual;\u62ED\u0100qu\u0CDD\u0D0CuareSu\u0100bp\u0CE8\u0CF9set\u0100;E\u0CF0\u0CF3\uC000\u228F\u0338qual;\u62E2erset\u0100;E\u0D03\u0D06\uC000\u2290\u0338qual;\u62E3\u0180bcp\u0D13\u0D24\u0D4Eset\u0100;E\u0D1B\u0D1E\uC000\u2282\u20D2qual;\u6288ceeds\u0200;EST\u0D32\u0D33\u0D3B\u0D46\u6281qual;\uC000\u2AB0\u0338lantEqual;\u62E1ilde;\uC000\u227F\u0338erset\u0100;E\u0D58\u0D5B\uC000\u2283\u20D2qual;\u6289ilde\u0200;EFT\u0D6E\u0D6F\u0D75\u0D7F\u6241qual;\u6244ullEqual;\u6247ilde;\u6249erticalBar;\u6224cr;\uC000\u{1D4A9}ilde\u803B\xD1\u40D1;\u439D\u0700Eacdfgmoprstuv\u0DBD\u0DC2\u0DC9\u0DD5\u0DDB\u0DE0\u0DE7\u0DFC\u0E02\u0E20\u0E22\u0E32\u0E3F\u0E44lig;\u4152cute\u803B\xD3\u40D3\u0100iy\u0DCE\u0DD3rc\u803B\xD4\u40D4;\u441Eblac;\u4150r;\uC000\u{1D512}rave\u803B\xD2\u40D2\u0180aei\u0DEE\u0DF2\u0DF6cr;\u414Cga;\u43A9cron;\u439Fpf;\uC000\u{1D546}enCurly\u0100DQ\u0E0E\u0E1AoubleQuote;\u601Cuote;\u6018;\u6A54\u0100cl\u0E27\u0E2Cr;\uC000\u{1D4AA}ash\u803B\xD8\u40D8i\u016C\u0E37\u0E3Cde\u803B\xD5\u40D5es;\u6A37ml\u803B\xD6\u40D6er\u0100BP\u0E4B\u0E60\u0100ar\u0E50\u0E53r;\u603Eac\u0100ek\u0E5A\u0E5C;\u63DEet;\u63B4arenthesis;\u63DC\u0480acfhilors\u0E7F\u0E87\u0E8A\u0E8F\u0E92\u0E94\u0E9D\u0EB0\u0EFCrtialD;\u6202y;\u441Fr;\uC000\u{1D513}i;\u43A6;\u43A0usMinus;\u40B1\u0100ip\u0EA2\u0EADncareplan\xE5\u069Df;\u6119\u0200;eio\u0EB9\u0EBA\u0EE0\u0EE4\u6ABBcedes\u0200;EST\u0EC8\u0EC9\u0ECF\u0EDA\u627Aqual;\u6AAFlantEqual;\u627Cilde;\u627Eme;\u6033\u0100dp\u0EE9\u0EEEuct;\u620Fortion\u0100;a\u0225\u0EF9l;\u621D\u0100ci\u0F01\u0F06r;\uC000\u{1D4AB};\u43A8\u0200Ufos\u0F11\u0F16\u0F1B\u0F1FOT\u803B"\u4022r;\uC000\u{1D514}pf;\u611Acr;\uC000\u{1D4AC}\u0600BEacefhiorsu\u0F3E\u0F43\u0F47\u0F60\u0F73\u0FA7\u0FAA\u0FAD\u1096\u10A9\u10B4\u10BEarr;\u6910G\u803B\xAE\u40AE\u0180cnr\u0F4E\u0F53\u0F56ute;\u4154g;\u67EBr\u0100;t\u0F5C\u0F5D\u61A0l;\u6916\u0180aey\u0F67\u0F6C\u0F71ron;\u4158dil;\u4156;\u4420\u0100;v\u0F78\u0F79\u611Cerse\u0100EU\u0F82\u0F99\u0100lq\u0F87\u0F8Eement;\u620Builibrium;\u61CBpEquilibrium;\u696Fr\xBB\u0F79o;\u43A1ght\u0400ACDFTUVa\u0FC1\u0FEB\u0FF3\u1022\u1028\u105B\u1087\u03D8\u0100nr\u0FC6\u0FD2gleBracket;\u67E9row\u0180;BL\u0FDC\u0FDD\u0FE1\u6192ar;\u61E5eftArrow;\u61C4eiling;\u6309o\u01F5\u0FF9\0\u1005bleBracket;\u67E7n\u01D4\u100A\0\u1014eeVector;\u695Dector\u0100;B\u101D\u101E\u61C2ar;\u6955loor;\u630B\u0100er\u102D\u1043e\u0180;AV\u1035\u1036\u103C\u62A2rrow;\u61A6ector;\u695Biangle\u0180;BE\u1050\u1051\u1055\u62B3ar;\u69D0qual;\u62B5p\u0180DTV\u1063\u106E\u1078ownVector;\u694FeeVector;\u695Cector\u0100;B\u1082\u1083\u61BEar;\u6954ector\u0100;B\u1091\u1092\u61C0ar;\u6953\u0100pu\u109B\u109Ef;\u611DndImplies;\u6970ightarrow;\u61DB\u0100ch\u10B9\u10BCr;\u611B;\u61B1leDelayed;\u69F4\u0680HOacfhimoqstu\u10E4\u10F1\u10F7\u10FD\u1119\u111E\u1151\u1156\u1161\u1167\u11B5\u11BB\u11BF\u0100Cc\u10E9\u10EEHcy;\u4429y;\u4428FTcy;\u442Ccute;\u415A\u0280;aeiy\u1108\u1109\u110E\u1113\u1117\u6ABCron;\u4160dil;\u415Erc;\u415C;\u4421r;\uC000\u{1D516}ort\u0200DLRU\u112A\u1134\u113E\u1149ownArrow\xBB\u041EeftArrow\xBB\u089AightArrow\xBB\u0FDDpArrow;\u6191gma;\u43A3allCircle;\u6218pf;\uC000\u{1D54A}\u0272\u116D\0\0\u1170t;\u621Aare\u0200;ISU\u117B\u117C\u1189\u11AF\u65A1ntersection;\u6293u\u0100bp\u118F\u119Eset\u0100;E\u1197\u1198\u628Fqual;\u6291erset\u0100;E\u11A8\u11A9\u6290qual;\u6292nion;\u6294cr;\uC000\u{1D4AE}ar;\u62C6\u0200bcmp\u11C8\u11DB\u1209\u120B\u0100;s\u11CD\u11CE\u62D0et\u0100;E\u11CD\u11D5qual;\u6286\u0100ch\u11E0\u1205eeds\u0200;EST\u11ED\u11EE\u11F4\u11FF\u627Bqual;\u6AB0lantEqual;\u627Dilde;\u627FTh\xE1\u0F8C;\u6211\u0180;es\u1212\u1213\u1223\u62D1rset\u0100;E\u121C\u121D\u6283qual;\u6287et\xBB\u1213\u0580HRSacfhiors\u123E\u1244\u1249\u1255\u125E\u1271\u1276\u129F\u12C2\u12C8\u12D1ORN\u803B\xDE\u40DEADE;\u6122\u0100Hc\u124E\u1252cy;\u440By;\u4426\u0100bu\u125A\u125C;\u4009;\u43A4\u0180aey\u1265\u126A\u126Fron;\u4164dil;\u4162;\u4422r;\uC000\u{1D517}\u0100ei\u127B\u1289\u01F2\u1280\0\u1287efore;\u6234a;\u4398\u0100cn\u128E\u1298kSpace;\uC000\u205F\u200ASpace;\u6009lde\u0200;EFT\u12AB\u12AC\u12B2\u12BC\u623Cqual;\u6243ullEqual;\u6245ilde;\u6248pf;\uC000\u{1D54B}ipleDot;\u60DB\u0100ct\u12D6\u12DBr;\uC000\u{1D4AF}rok;\u4166\u0AE1\u12F7\u130E\u131A\u1326\0\u132C\u1331\0\0\0\0\0\u1338\u133D\u1377\u1385\0\u13FF\u1404\u140A\u1410\u0100cr\u12FB\u1301ute\u803B\xDA\u40DAr\u0100;o\u1307\u1308\u619Fcir;\u6949r\u01E3\u1313\0\u1316y;\u440Eve;\u416C\u0100iy\u131E\u1323rc\u803B\xDB\u40DB;\u4423blac;\u4170r;\uC000\u{1D518}rave\u803B\xD9\u40D9acr;\u416A\u0100di\u1341\u1369er\u0100BP\u1348\u135D\u0100ar\u134D\u1350r;\u405Fac\u0100ek\u1357\u1359;\u63DFet;\u63B5arenthesis;\u63DDon\u0100;P\u1370\u1371\u62C3lus;\u628E\u0100gp\u137B\u137Fon;\u4172f;\uC000\u{1D54C}\u0400ADETadps\u1395\u13AE\u13B8\u13C4\u03E8\u13D2\u13D7\u13F3rrow\u0180;BD\u1150\u13A0\u13A4ar;\u6912ownArrow;\u61C5ownArrow;\u6195quilibrium;\u696Eee\u0100;A\u13CB\u13CC\u62A5rrow;\u61A5own\xE1\u03F3er\u0100LR\u13DE\u13E8eftArrow;\u6196ightArrow;\u6197i\u0100;l\u13F9\u13FA\u43D2on;\u43A5ing;\u416Ecr;\uC000\u{1D4B0}ilde;\u4168ml\u803B\xDC\u40DC\u0480Dbcdefosv\u1427\u142C\u1430\u1433\u143E\u1485\u148A\u1490\u1496ash;\u62ABar;\u6AEBy;\u4412ash\u0100;l\u143B\u143C\u62A9;\u6AE6\u0100er\u1443\u1445;\u62C1\u0180bty\u144C\u1450\u147Aar;\u6016\u0100;i\u144F\u1455cal\u0200BLST\u1461\u1465\u146A\u1474ar;\u6223ine;\u407Ceparator;\u6758ilde;\u6240ThinSpace;\u600Ar;\uC000\u{1D519}pf;\uC000\u{1D54D}cr;\uC000\u{1D4B1}dash;\u62AA\u0280cefos\u14A7\u14AC\u14B1\u14B6\u14BCirc;\u4174dge;\u62C0r;\uC000\u{1D51A}pf;\uC000\u{1D54E}cr;\uC000\u{1D4B2}\u0200fios\u14CB\u14D0\u14D2\u14D8r;\uC000\u{1D51B};\u439Epf;\uC000\u{1D54F}cr;\uC000\u{1D4B3}\u0480AIUacfosu\u14F1\u14F5\u14F9\u14FD\u1504\u150F\u1514\u151A\u1520cy;\u442Fcy;\u4407cy;\u442Ecute\u803B\xDD\u40DD\u0100iy\u1509\u150Drc;\u4176;\u442Br;\uC000\u{1D51C}pf;\uC000\u{1D550}cr;\uC000\u{1D4B4}ml;\u4178\u0400Hacdefos\u1535\u1539\u153F\u154B\u154F\u155D\u1560\u1564cy;\u4416cute;\u4179\u0100ay\u1544\u1549ron;\u417D;\u4417ot;\u417B\u01F2\u1554\0\u155BoWidt\xE8\u0AD9a;\u4396r;\u6128pf;\u6124cr;\uC000\u{1D4B5}\u0BE1\u1583\u158A\u1590\0\u15B0\u15B6\u15BF\0\0\0\0\u15C6\u15DB\u15EB\u165F\u166D\0\u1695\u169B\u16B2\u16B9\0\u16BEcute\u803B\xE1\u40E1reve;\u4103\u0300;Ediuy\u159C\u159D\u15A1\u15A3\u15A8\u15AD\u623E;\uC000\u223E\u0333;\u623Frc\u803B\xE2\u40E2te\u80BB\xB4\u0306;\u4430lig\u803B\xE6\u40E6\u0100;r\xB2\u15BA;\uC000\u{1D51E}rave\u803B\xE0\u40E0\u0100ep\u15CA\u15D6\u0100fp\u15CF\u15D4sym;\u6135\xE8\u15D3ha;\u43B1\u0100ap\u15DFc\u0100cl\u15E4\u15E7r;\u4101g;\u6A3F\u0264\u15F0\0\0\u160A\u0280;adsv\u15FA\u15FB\u15FF\u1601\u1607\u6227nd;\u6A55;\u6A5Clope;\u6A58;\u6A5A\u0380;elmrsz\u1618\u1619\u161B\u161E\u163F\u164F\u1659\u6220;\u69A4e\xBB\u1619sd\u0100;a\u1625\u1626\u6221\u0461\u1630\u1632\u1634\u1636\u1638\u163A\u163C\u163E;\u69A8;\u69A9;\u69AA;\u69AB;\u69AC;\u69AD;\u69AE;\u69AFt\u0100;v\u1645\u1646\u621Fb\u0100;d\u164C\u164D\u62BE;\u699D\u0100pt\u1654\u1657h;\u6222\xBB\xB9arr;\u637C\u0100gp\u1663\u1667on;\u4105f;\uC000\u{1D552}\u0380;Eaeiop\u12C1\u167B\u167D\u1682\u1684\u1687\u168A;\u6A70cir;\u6A6F;\u624Ad;\u624Bs;\u4027rox\u0100;e\u12C1\u1692\xF1\u1683ing\u803B\xE5\u40E5\u0180cty\u16A1\u16A6\u16A8r;\uC000\u{1D4B6};\u402Amp\u0100;e\u12C1\u16AF\xF1\u0288ilde\u803B\xE3\u40E3ml\u803B\xE4\u40E4\u0100ci\u16C2\u16C8onin\xF4\u0272nt;\u6A11\u0800Nabcdefiklnoprsu\u16ED\u16F1\u1730\u173C\u1743\u1748\u1778\u177D\u17E0\u17E6\u1839\u1850\u170D\u193D\u1948\u1970ot;\u6AED\u0100cr\u16F6\u171Ek\u0200ceps\u1700\u1705\u170D\u1713ong;\u624Cpsilon;\u43F6rime;\u6035im\u0100;e\u171A\u171B\u623Dq;\u62CD\u0176\u1722\u1726ee;\u62BDed\u0100;g\u172C\u172D\u6305e\xBB\u172Drk\u0100;t\u135C\u1737brk;\u63B6\u0100oy\u1701\u1741;\u4431quo;\u601E\u0280cmprt\u1753\u175B\u1761\u1764\u1768aus\u0100;e\u010A\u0109ptyv;\u69B0s\xE9\u170Cno\xF5\u0113\u0180ahw\u176F\u1771\u1773;\u43B2;\u6136een;\u626Cr;\uC000\u{1D51F}g\u0380costuvw\u178D\u179D\u17B3\u17C1\u17D5\u17DB\u17DE\u0180aiu\u1794\u1796\u179A\xF0\u0760rc;\u65EFp\xBB\u1371\u0180dpt\u17A4\u17A8\u17ADot;\u6A00lus;\u6A01imes;\u6A02\u0271\u17B9\0\0\u17BEcup;\u6A06ar;\u6605riangle\u0100du\u17CD\u17D2own;\u65BDp;\u65B3plus;\u6A04e\xE5\u1444\xE5\u14ADarow;\u690D\u0180ako\u17ED\u1826\u1835\u0100cn\u17F2\u1823k\u0180lst\u17FA\u05AB\u1802ozenge;\u69EBriangle\u0200;dlr\u1812\u1813\u1818\u181D\u65B4own;\u65BEeft;\u65C2ight;\u65B8k;\u6423\u01B1\u182B\0\u1833\u01B2\u182F\0\u1831;\u6592;\u65914;\u6593ck;\u6588\u0100eo\u183E\u184D\u0100;q\u1843\u1846\uC000=\u20E5uiv;\uC000\u2261\u20E5t;\u6310\u0200ptwx\u1859\u185E\u1867\u186Cf;\uC000\u{1D553}\u0100;t\u13CB\u1863om\xBB\u13CCtie;\u62C8\u0600DHUVbdhmptuv\u1885\u1896\u18AA\u18BB\u18D7\u18DB\u18EC\u18FF\u1905\u190A\u1910\u1921\u0200LRlr\u188E\u1890\u1892\u1894;\u6557;\u6554;\u6556;\u6553\u0280;DUdu\u18A1\u18A2\u18A4\u18A6\u18A8\u6550;\u6566;\u6569;\u6564;\u6567\u0200LRlr\u18B3\u18B5\u18B7\u18B9;\u655D;\u655A;\u655C;\u6559\u0380;HLRhlr\u18CA\u18CB\u18CD\u18CF\u18D1\u18D3\u18D5\u6551;\u656C;\u6563;\u6560;\u656B;\u6562;\u655Fox;\u69C9\u0200LRlr\u18E4\u18E6\u18E8\u18EA;\u6555;\u6552;\u6510;\u650C\u0280;DUdu\u06BD\u18F7\u18F9\u18FB\u18FD;\u6565;\u6568;\u652C;\u6534inus;\u629Flus;\u629Eimes;\u62A0\u0200LRlr\u1919\u191B\u191D\u191F;\u655B;\u6558;\u6518;\u6514\u0380;HLRhlr\u1930\u1931\u1933\u1935\u1937\u1939\u193B\u6502;\u656A;\u6561;\u655E;\u653C;\u6524;\u651C\u0100ev\u0123\u1942bar\u803B\xA6\u40A6\u0200ceio\u1951\u1956\u195A\u1960r;\uC000\u{1D4B7}mi;\u604Fm\u0100;e\u171A\u171Cl\u0180;bh\u1968\u1969\u196B\u405C;\u69C5sub;\u67C8\u016C\u1974\u197El\u0100;e\u1979\u197A\u6022t\xBB\u197Ap\u0180;Ee\u012F\u1985\u1987;\u6AAE\u0100;q\u06DC\u06DB\u0CE1\u19A7\0\u19E8\u1A11\u1A15\u1A32\0\u1A37\u1A50\0\0\u1AB4\0\0\u1AC1\0\0\u1B21\u1B2E\u1B4D\u1B52\0\u1BFD\0\u1C0C\u0180cpr\u19AD\u19B2\u19DDute;\u4107\u0300;abcds\u19BF\u19C0\u19C4\u19CA\u19D5\u19D9\u6229nd;\u6A44rcup;\u6A49\u0100au\u19CF\u19D2p;\u6A4Bp;\u6A47ot;\u6A40;\uC000\u2229\uFE00\u0100eo\u19E2\u19E5t;\u6041\xEE\u0693\u0200aeiu\u19F0\u19FB\u1A01\u1A05\u01F0\u19F5\0\u19F8s;\u6A4Don;\u410Ddil\u803B\xE7\u40E7rc;\u4109ps\u0100;s\u1A0C\u1A0D\u6A4Cm;\u6A50ot;\u410B\u0180dmn\u1A1B\u1A20\u1A26il\u80BB\xB8\u01ADptyv;\u69B2t\u8100\xA2;e\u1A2D\u1A2E\u40A2r\xE4\u01B2r;\uC000\u{1D520}\u0180cei\u1A3D\u1A40\u1A4Dy;\u4447ck\u0100;m\u1A47\u1A48\u6713ark\xBB\u1A48;\u43C7r\u0380;Ecefms\u1A5F\u1A60\u1A62\u1A6B\u1AA4\u1AAA\u1AAE\u65CB;\u69C3\u0180;el\u1A69\u1A6A\u1A6D\u42C6q;\u6257e\u0261\u1A74\0\0\u1A88rrow\u0100lr\u1A7C\u1A81eft;\u61BAight;\u61BB\u0280RSacd\u1A92\u1A94\u1A96\u1A9A\u1A9F\xBB\u0F47;\u64C8st;\u629Birc;\u629Aash;\u629Dnint;\u6A10id;\u6AEFcir;\u69C2ubs\u0100;u\u1ABB\u1ABC\u6663it\xBB\u1ABC\u02EC\u1AC7\u1AD4\u1AFA\0\u1B0Aon\u0100;e\u1ACD\u1ACE\u403A\u0100;q\xC7\xC6\u026D\u1AD9\0\0\u1AE2a\u0100;t\u1ADE\u1ADF\u402C;\u4040\u0180;fl\u1AE8\u1AE9\u1AEB\u6201\xEE\u1160e\u0100mx\u1AF1\u1AF6ent\xBB\u1AE9e\xF3\u024D\u01E7\u1AFE\0\u1B07\u0100;d\u12BB\u1B02ot;\u6A6Dn\xF4\u0246\u0180fry\u1B10\u1B14\u1B17;\uC000\u{1D554}o\xE4\u0254\u8100\xA9;s\u0155\u1B1Dr;\u6117\u0100ao\u1B25\u1B29rr;\u61B5ss;\u6717\u0100cu\u1B32\u1B37r;\uC000\u{1D4B8}\u0100bp\u1B3C\u1B44\u0100;e\u1B41\u1B42\u6ACF;\u6AD1\u0100;e\u1B49\u1B4A\u6AD0;\u6AD2dot;\u62EF\u0380delprvw\u1B60\u1B6C\u1B77\u1B82\u1BAC\u1BD4\u1BF9arr\u0100lr\u1B68\u1B6A;\u6938;\u6935\u0270\u1B72\0\0\u1B75r;\u62DEc;\u62DFarr\u0100;p\u1B7F\u1B80\u61B6;\u693D\u0300;bcdos\u1B8F\u1B90\u1B96\u1BA1\u1BA5\u1BA8\u622Arcap;\u6A48\u0100au\u1B9B\u1B9Ep;\u6A46p;\u6A4Aot;\u628Dr;\u6A45;\uC000\u222A\uFE00\u0200alrv\u1BB5\u1BBF\u1BDE\u1BE3rr\u0100;m\u1BBC\u1BBD\u61B7;\u693Cy\u0180evw\u1BC7\u1BD4\u1BD8q\u0270\u1BCE\0\0\u1BD2re\xE3\u1B73u\xE3\u1B75ee;\u62CEedge;\u62CFen\u803B\xA4\u40A4earrow\u0100lr\u1BEE\u1BF3eft\xBB\u1B80ight\xBB\u1BBDe\xE4\u1BDD\u0100ci\u1C01\u1C07onin\xF4\u01F7nt;\u6231lcty;\u632D\u0980AHabcdefhijlorstuwz\u1C38\u1C3B\u1C3F\u1C5D\u1C69\u1C75\u1C8A\u1C9E\u1CAC\u1CB7\u1CFB\u1CFF\u1D0D\u1D7B\u1D91\u1DAB\u1DBB\u1DC6\u1DCDr\xF2\u0381ar;\u6965\u0200glrs\u1C48\u1C4D\u1C52\u1C54ger;\u6020eth;\u6138\xF2\u1133h\u0100;v\u1C5A\u1C5B\u6010\xBB\u090A\u016B\u1C61\u1C67arow;\u690Fa\xE3\u0315\u0100ay\u1C6E\u1C73ron;\u410F;\u4434\u0180;ao\u0332\u1C7C\u1C84\u0100gr\u02BF\u1C81r;\u61CAtseq;\u6A77\u0180glm\u1C91\u1C94\u1C98\u803B\xB0\u40B0ta;\u43B4ptyv;\u69B1\u0100ir\u1CA3\u1CA8sht;\u697F;\uC000\u{1D521}ar\u0100lr\u1CB3\u1CB5\xBB\u08DC\xBB\u101E\u0280aegsv\u1CC2\u0378\u1CD6\u1CDC\u1CE0m\u0180;os\u0326\u1CCA\u1CD4nd\u0100;s\u0326\u1CD1uit;\u6666amma;\u43DDin;\u62F2\u0180;io\u1CE7\u1CE8\u1CF8\u40F7de\u8100\xF7;o\u1CE7\u1CF0ntimes;\u62C7n\xF8\u1CF7cy;\u4452c\u026F\u1D06\0\0\u1D0Arn;\u631Eop;\u630D\u0280lptuw\u1D18\u1D1D\u1D22\u1D49\u1D55lar;\u4024f;\uC000\u{1D555}\u0280;emps\u030B\u1D2D\u1D37\u1D3D\u1D42q\u0100;d\u0352\u1D33ot;\u6251inus;\u6238lus;\u6214quare;\u62A1blebarwedg\xE5\xFAn\u0180adh\u112E\u1D5D\u1D67ownarrow\xF3\u1C83arpoon\u0100lr\u1D72\u1D76ef\xF4\u1CB4igh\xF4\u1CB6\u0162\u1D7F\u1D85karo\xF7\u0F42\u026F\u1D8A\0\0\u1D8Ern;\u631Fop;\u630C\u0180cot\u1D98\u1DA3\u1DA6\u0100ry\u1D9D\u1DA1;\uC000\u{1D4B9};\u4455l;\u69F6rok;\u4111\u0100dr\u1DB0\u1DB4ot;\u62F1i\u0100;f\u1DBA\u1816\u65BF\u0100ah\u1DC0\u1DC3r\xF2\u0429a\xF2\u0FA6angle;\u69A6\u0100ci\u1DD2\u1DD5y;\u445Fgrarr;\u67FF\u0900Dacdefglmnopqrstux\u1E01\u1E09\u1E19\u1E38\u0578\u1E3C\u1E49\u1E61\u1E7E\u1EA5\u1EAF\u1EBD\u1EE1\u1F2A\u1F37\u1F44\u1F4E\u1F5A\u0100Do\u1E06\u1D34o\xF4\u1C89\u0100cs\u1E0E\u1E14ute\u803B\xE9\u40E9ter;\u6A6E\u0200aioy\u1E22\u1E27\u1E31\u1E36ron;\u411Br\u0100;c\u1E2D\u1E2E\u6256\u803B\xEA\u40EAlon;\u6255;\u444Dot;\u4117\u0100Dr\u1E41\u1E45ot;\u6252;\uC000\u{1D522}\u0180;rs\u1E50\u1E51\u1E57\u6A9Aave\u803B\xE8\u40E8\u0100;d\u1E5C\u1E5D\u6A96ot;\u6A98\u0200;ils\u1E6A\u1E6B\u1E72\u1E74\u6A99nters;\u63E7;\u6113\u0100;d\u1E79\u1E7A\u6A95ot;\u6A97\u0180aps\u1E85\u1E89\u1E97cr;\u4113ty\u0180;sv\u1E92\u1E93\u1E95\u6205et\xBB\u1E93p\u01001;\u1E9D\u1EA4\u0133\u1EA1\u1EA3;\u6004;\u6005\u6003\u0100gs\u1EAA\u1EAC;\u414Bp;\u6002\u0100gp\u1EB4\u1EB8on;\u4119f;\uC000\u{1D556}\u0180als\u1EC4\u1ECE\u1ED2r\u0100;s\u1ECA\u1ECB\u62D5l;\u69E3us;\u6A71i\u0180;lv\u1EDA\u1EDB\u1EDF\u43B5on\xBB\u1EDB;\u43F5\u0200csuv\u1EEA\u1EF3\u1F0B\u1F23\u0100io\u1EEF\u1E31rc\xBB\u1E2E\u0269\u1EF9\0\0\u1EFB\xED\u0548ant\u0100gl\u1F02\u1F06tr\xBB\u1E5Dess\xBB\u1E7A\u0180aei\u1F12\u1F16\u1F1Als;\u403Dst;\u625Fv\u0100;D\u0235\u1F20D;\u6A78parsl;\u69E5\u0100Da\u1F2F\u1F33ot;\u6253rr;\u6971\u0180cdi\u1F3E\u1F41\u1EF8r;\u612Fo\xF4\u0352\u0100ah\u1F49\u1F4B;\u43B7\u803B\xF0\u40F0\u0100mr\u1F53\u1F57l\u803B\xEB\u40EBo;\u60AC\u0180cip\u1F61\u1F64\u1F67l;\u4021s\xF4\u056E\u0100eo\u1F6C\u1F74ctatio\xEE\u0559nential\xE5\u0579\u09E1\u1F92\0\u1F9E\0\u1FA1\u1FA7\0\0\u1FC6\u1FCC\0\u1FD3\0\u1FE6\u1FEA\u2000\0\u2008\u205Allingdotse\xF1\u1E44y;\u4444male;\u6640\u0180ilr\u1FAD\u1FB3\u1FC1lig;\u8000\uFB03\u0269\u1FB9\0\0\u1FBDg;\u8000\uFB00ig;\u8000\uFB04;\uC000\u{1D523}lig;\u8000\uFB01lig;\uC000fj\u0180alt\u1FD9\u1FDC\u1FE1t;\u666Dig;\u8000\uFB02ns;\u65B1of;\u4192\u01F0\u1FEE\0\u1FF3f;\uC000\u{1D557}\u0100ak\u05BF\u1FF7\u0100;v\u1FFC\u1FFD\u62D4;\u6AD9artint;\u6A0D\u0100ao\u200C\u2055\u0100cs\u2011\u2052\u03B1\u201A\u2030\u2038\u2045\u2048\0\u2050\u03B2\u2022\u2025\u2027\u202A\u202C\0\u202E\u803B\xBD\u40BD;\u6153\u803B\xBC\u40BC;\u6155;\u6159;\u615B\u01B3\u2034\0\u2036;\u6154;\u6156\u02B4\u203E\u2041\0\0\u2043\u803B\xBE\u40BE;\u6157;\u615C5;\u6158\u01B6\u204C\0\u204E;\u615A;\u615D8;\u615El;\u6044wn;\u6322cr;\uC000\u{1D4BB}\u0880Eabcdefgijlnorstv\u2082\u2089\u209F\u20A5\u20B0\u20B4\u20F0\u20F5\u20FA\u20FF\u2103\u2112\u2138\u0317\u213E\u2152\u219E\u0100;l\u064D\u2087;\u6A8C\u0180cmp\u2090\u2095\u209Dute;\u41F5ma\u0100;d\u209C\u1CDA\u43B3;\u6A86reve;\u411F\u0100iy\u20AA\u20AErc;\u411D;\u4433ot;\u4121\u0200;lqs\u063E\u0642\u20BD\u20C9\u0180;qs\u063E\u064C\u20C4lan\xF4\u0665\u0200;cdl\u0665\u20D2\u20D5\u20E5c;\u6AA9ot\u0100;o\u20DC\u20DD\u6A80\u0100;l\u20E2\u20E3\u6A82;\u6A84\u0100;e\u20EA\u20ED\uC000\u22DB\uFE00s;\u6A94r;\uC000\u{1D524}\u0100;g\u0673\u061Bmel;\u6137cy;\u4453\u0200;Eaj\u065A\u210C\u210E\u2110;\u6A92;\u6AA5;\u6AA4\u0200Eaes\u211B\u211D\u2129\u2134;\u6269p\u0100;p\u2123\u2124\u6A8Arox\xBB\u2124\u0100;q\u212E\u212F\u6A88\u0100;q\u212E\u211Bim;\u62E7pf;\uC000\u{1D558}\u0100ci\u2143\u2146r;\u610Am\u0180;el\u066B\u214E\u2150;\u6A8E;\u6A90\u8300>;cdlqr\u05EE\u2160\u216A\u216E\u2173\u2179\u0100ci\u2165\u2167;\u6AA7r;\u6A7Aot;\u62D7Par;\u6995uest;\u6A7C\u0280adels\u2184\u216A\u2190\u0656\u219B\u01F0\u2189\0\u218Epro\xF8\u209Er;\u6978q\u0100lq\u063F\u2196les\xF3\u2088i\xED\u066B\u0100en\u21A3\u21ADrtneqq;\uC000\u2269\uFE00\xC5\u21AA\u0500Aabcefkosy\u21C4\u21C7\u21F1\u21F5\u21FA\u2218\u221D\u222F\u2268\u227Dr\xF2\u03A0\u0200ilmr\u21D0\u21D4\u21D7\u21DBrs\xF0\u1484f\xBB\u2024il\xF4\u06A9\u0100dr\u21E0\u21E4cy;\u444A\u0180;cw\u08F4\u21EB\u21EFir;\u6948;\u61ADar;\u610Firc;\u4125\u0180alr\u2201\u220E\u2213rts\u0100;u\u2209\u220A\u6665it\xBB\u220Alip;\u6026con;\u62B9r;\uC000\u{1D525}s\u0100ew\u2223\u2229arow;\u6925arow;\u6926\u0280amopr\u223A\u223E\u2243\u225E\u2263rr;\u61FFtht;\u623Bk\u0100lr\u2249\u2253eftarrow;\u61A9ightarrow;\u61AAf;\uC000\u{1D559}bar;\u6015\u0180clt\u226F\u2274\u2278r;\uC000\u{1D4BD}as\xE8\u21F4rok;\u4127\u0100bp\u2282\u2287ull;\u6043hen\xBB\u1C5B\u0AE1\u22A3\0\u22AA\0\u22B8\u22C5\u22CE\0\u22D5\u22F3\0\0\u22F8\u2322\u2367\u2362\u237F\0\u2386\u23AA\u23B4cute\u803B\xED\u40ED\u0180;iy\u0771\u22B0\u22B5rc\u803B\xEE\u40EE;\u4438\u0100cx\u22BC\u22BFy;\u4435cl\u803B\xA1\u40A1\u0100fr\u039F\u22C9;\uC000\u{1D526}rave\u803B\xEC\u40EC\u0200;ino\u073E\u22DD\u22E9\u22EE\u0100in\u22E2\u22E6nt;\u6A0Ct;\u622Dfin;\u69DCta;\u6129lig;\u4133\u0180aop\u22FE\u231A\u231D\u0180cgt\u2305\u2308\u2317r;\u412B\u0180elp\u071F\u230F\u2313in\xE5\u078Ear\xF4\u0720h;\u4131f;\u62B7ed;\u41B5\u0280;cfot\u04F4\u232C\u2331\u233D\u2341are;\u6105in\u0100;t\u2338\u2339\u621Eie;\u69DDdo\xF4\u2319\u0280;celp\u0757\u234C\u2350\u235B\u2361al;\u62BA\u0100gr\u2355\u2359er\xF3\u1563\xE3\u234Darhk;\u6A17rod;\u6A3C\u0200cgpt\u236F\u2372\u2376\u237By;\u4451on;\u412Ff;\uC000\u{1D55A}a;\u43B9uest\u803B\xBF\u40BF\u0100ci\u238A\u238Fr;\uC000\u{1D4BE}n\u0280;Edsv\u04F4\u239B\u239D\u23A1\u04F3;\u62F9ot;\u62F5\u0100;v\u23A6\u23A7\u62F4;\u62F3\u0100;i\u0777\u23AElde;\u4129\u01EB\u23B8\0\u23BCcy;\u4456l\u803B\xEF\u40EF\u0300cfmosu\u23CC\u23D7\u23DC\u23E1\u23E7\u23F5\u0100iy\u23D1\u23D5rc;\u4135;\u4439r;\uC000\u{1D527}ath;\u4237pf;\uC000\u{1D55B}\u01E3\u23EC\0\u23F1r;\uC000\u{1D4BF}rcy;\u4458kcy;\u4454\u0400acfghjos\u240B\u2416\u2422\u2427\u242D\u2431\u2435\u243Bppa\u0100;v\u2413\u2414\u43BA;\u43F0\u0100ey\u241B\u2420dil;\u4137;\u443Ar;\uC000\u{1D528}reen;\u4138cy;\u4445cy;\u445Cpf;\uC000\u{1D55C}cr;\uC000\u{1D4C0}\u0B80ABEHabcdefghjlmnoprstuv\u2470\u2481\u2486\u248D\u2491\u250E\u253D\u255A\u2580\u264E\u265E\u2665\u2679\u267D\u269A\u26B2\u26D8\u275D\u2768\u278B\u27C0\u2801\u2812\u0180art\u2477\u247A\u247Cr\xF2\u09C6\xF2\u0395ail;\u691Barr;\u690E\u0100;g\u0994\u248B;\u6A8Bar;\u6962\u0963\u24A5\0\u24AA\0\u24B1\0\0\0\0\0\u24B5\u24BA\0\u24C6\u24C8\u24CD\0\u24F9ute;\u413Amptyv;\u69B4ra\xEE\u084Cbda;\u43BBg\u0180;dl\u088E\u24C1\u24C3;\u6991\xE5\u088E;\u6A85uo\u803B\xAB\u40ABr\u0400;bfhlpst\u0899\u24DE\u24E6\u24E9\u24EB\u24EE\u24F1\u24F5\u0100;f\u089D\u24E3s;\u691Fs;\u691D\xEB\u2252p;\u61ABl;\u6939im;\u6973l;\u61A2\u0180;ae\u24FF\u2500\u2504\u6AABil;\u6919\u0100;s\u2509\u250A\u6AAD;\uC000\u2AAD\uFE00\u0180abr\u2515\u2519\u251Drr;\u690Crk;\u6772\u0100ak\u2522\u252Cc\u0100ek\u2528\u252A;\u407B;\u405B\u0100es\u2531\u2533;\u698Bl\u0100du\u2539\u253B;\u698F;\u698D\u0200aeuy\u2546\u254B\u2556\u2558ron;\u413E\u0100di\u2550\u2554il;\u413C\xEC\u08B0\xE2\u2529;\u443B\u0200cqrs\u2563\u2566\u256D\u257Da;\u6936uo\u0100;r\u0E19\u1746\u0100du\u2572\u2577har;\u6967shar;\u694Bh;\u61B2\u0280;fgqs\u258B\u258C\u0989\u25F3\u25FF\u6264t\u0280ahlrt\u2598\u25A4\u25B7\u25C2\u25E8rrow\u0100;t\u0899\u25A1a\xE9\u24F6arpoon\u0100du\u25AF\u25B4own\xBB\u045Ap\xBB\u0966eftarrows;\u61C7ight\u0180ahs\u25CD\u25D6\u25DErrow\u0100;s\u08F4\u08A7arpoon\xF3\u0F98quigarro\xF7\u21F0hreetimes;\u62CB\u0180;qs\u258B\u0993\u25FAlan\xF4\u09AC\u0280;cdgs\u09AC\u260A\u260D\u261D\u2628c;\u6AA8ot\u0100;o\u2614\u2615\u6A7F\u0100;r\u261A\u261B\u6A81;\u6A83\u0100;e\u2622\u2625\uC000\u22DA\uFE00s;\u6A93\u0280adegs\u2633\u2639\u263D\u2649\u264Bppro\xF8\u24C6ot;\u62D6q\u0100gq\u2643\u2645\xF4\u0989gt\xF2\u248C\xF4\u099Bi\xED\u09B2\u0180ilr\u2655\u08E1\u265Asht;\u697C;\uC000\u{1D529}\u0100;E\u099C\u2663;\u6A91\u0161\u2669\u2676r\u0100du\u25B2\u266E\u0100;l\u0965\u2673;\u696Alk;\u6584cy;\u4459\u0280;acht\u0A48\u2688\u268B\u2691\u2696r\xF2\u25C1orne\xF2\u1D08ard;\u696Bri;\u65FA\u0100io\u269F\u26A4dot;\u4140ust\u0100;a\u26AC\u26AD\u63B0che\xBB\u26AD\u0200Eaes\u26BB\u26BD\u26C9\u26D4;\u6268p\u0100;p\u26C3\u26C4\u6A89rox\xBB\u26C4\u0100;q\u26CE\u26CF\u6A87\u0100;q\u26CE\u26BBim;\u62E6\u0400abnoptwz\u26E9\u26F4\u26F7\u271A\u272F\u2741\u2747\u2750\u0100nr\u26EE\u26F1g;\u67ECr;\u61FDr\xEB\u08C1g\u0180lmr\u26FF\u270D\u2714eft\u0100ar\u09E6\u2707ight\xE1\u09F2apsto;\u67FCight\xE1\u09FDparrow\u0100lr\u2725\u2729ef\xF4\u24EDight;\u61AC\u0180afl\u2736\u2739\u273Dr;\u6985;\uC000\u{1D55D}us;\u6A2Dimes;\u6A34\u0161\u274B\u274Fst;\u6217\xE1\u134E\u0180;ef\u2757\u2758\u1800\u65CAnge\xBB\u2758ar\u0100;l\u2764\u2765\u4028t;\u6993\u0280achmt\u2773\u2776\u277C\u2785\u2787r\xF2\u08A8orne\xF2\u1D8Car\u0100;d\u0F98\u2783;\u696D;\u600Eri;\u62BF\u0300achiqt\u2798\u279D\u0A40\u27A2\u27AE\u27BBquo;\u6039r;\uC000\u{1D4C1}m\u0180;eg\u09B2\u27AA\u27AC;\u6A8D;\u6A8F\u0100bu\u252A\u27B3o\u0100;r\u0E1F\u27B9;\u601Arok;\u4142\u8400<;cdhilqr\u082B\u27D2\u2639\u27DC\u27E0\u27E5\u27EA\u27F0\u0100ci\u27D7\u27D9;\u6AA6r;\u6A79re\xE5\u25F2mes;\u62C9arr;\u6976uest;\u6A7B\u0100Pi\u27F5\u27F9ar;\u6996\u0180;ef\u2800\u092D\u181B\u65C3r\u0100du\u2807\u280Dshar;\u694Ahar;\u6966\u0100en\u2817\u2821rtneqq;\uC000\u2268\uFE00\xC5\u281E\u0700Dacdefhilnopsu\u2840\u2845\u2882\u288E\u2893\u28A0\u28A5\u28A8\u28DA\u28E2\u28E4\u0A83\u28F3\u2902Dot;\u623A\u0200clpr\u284E\u2852\u2863\u287Dr\u803B\xAF\u40AF\u0100et\u2857\u2859;\u6642\u0100;e\u285E\u285F\u6720se\xBB\u285F\u0100;s\u103B\u2868to\u0200;dlu\u103B\u2873\u2877\u287Bow\xEE\u048Cef\xF4\u090F\xF0\u13D1ker;\u65AE\u0100oy\u2887\u288Cmma;\u6A29;\u443Cash;\u6014asuredangle\xBB\u1626r;\uC000\u{1D52A}o;\u6127\u0180cdn\u28AF\u28B4\u28C9ro\u803B\xB5\u40B5\u0200;acd\u1464\u28BD\u28C0\u28C4s\xF4\u16A7ir;\u6AF0ot\u80BB\xB7\u01B5us\u0180;bd\u28D2\u1903\u28D3\u6212\u0100;u\u1D3C\u28D8;\u6A2A\u0163\u28DE\u28E1p;\u6ADB\xF2\u2212\xF0\u0A81\u0100dp\u28E9\u28EEels;\u62A7f;\uC000\u{1D55E}\u0100ct\u28F8\u28FDr;\uC000\u{1D4C2}pos\xBB\u159D\u0180;lm\u2909\u290A\u290D\u43BCtimap;\u62B8\u0C00GLRVabcdefghijlmoprstuvw\u2942\u2953\u297E\u2989\u2998\u29DA\u29E9\u2A15\u2A1A\u2A58\u2A5D\u2A83\u2A95\u2AA4\u2AA8\u2B04\u2B07\u2B44\u2B7F\u2BAE\u2C34\u2C67\u2C7C\u2CE9\u0100gt\u2947\u294B;\uC000\u22D9\u0338\u0100;v\u2950\u0BCF\uC000\u226B\u20D2\u0180elt\u295A\u2972\u2976ft\u0100ar\u2961\u2967rrow;\u61CDightarrow;\u61CE;\uC000\u22D8\u0338\u0100;v\u297B\u0C47\uC000\u226A\u20D2ightarrow;\u61CF\u0100Dd\u298E\u2993ash;\u62AFash;\u62AE\u0280bcnpt\u29A3\u29A7\u29AC\u29B1\u29CCla\xBB\u02DEute;\u4144g;\uC000\u2220\u20D2\u0280;Eiop\u0D84\u29BC\u29C0\u29C5\u29C8;\uC000\u2A70\u0338d;\uC000\u224B\u0338s;\u4149ro\xF8\u0D84ur\u0100;a\u29D3\u29D4\u666El\u0100;s\u29D3\u0B38\u01F3\u29DF\0\u29E3p\u80BB\xA0\u0B37mp\u0100;e\u0BF9\u0C00\u0280aeouy\u29F4\u29FE\u2A03\u2A10\u2A13\u01F0\u29F9\0\u29FB;\u6A43on;\u4148dil;\u4146ng\u0100;d\u0D7E\u2A0Aot;\uC000\u2A6D\u0338p;\u6A42;\u443Dash;\u6013\u0380;Aadqsx\u0B92\u2A29\u2A2D\u2A3B\u2A41\u2A45\u2A50rr;\u61D7r\u0100hr\u2A33\u2A36k;\u6924\u0100;o\u13F2\u13F0ot;\uC000\u2250\u0338ui\xF6\u0B63\u0100ei\u2A4A\u2A4Ear;\u6928\xED\u0B98ist\u0100;s\u0BA0\u0B9Fr;\uC000\u{1D52B}\u0200Eest\u0BC5\u2A66\u2A79\u2A7C\u0180;qs\u0BBC\u2A6D\u0BE1\u0180;qs\u0BBC\u0BC5\u2A74lan\xF4\u0BE2i\xED\u0BEA\u0100;r\u0BB6\u2A81\xBB\u0BB7\u0180Aap\u2A8A\u2A8D\u2A91r\xF2\u2971rr;\u61AEar;\u6AF2\u0180;sv\u0F8D\u2A9C\u0F8C\u0100;d\u2AA1\u2AA2\u62FC;\u62FAcy;\u445A\u0380AEadest\u2AB7\u2ABA\u2ABE\u2AC2\u2AC5\u2AF6\u2AF9r\xF2\u2966;\uC000\u2266\u0338rr;\u619Ar;\u6025\u0200;fqs\u0C3B\u2ACE\u2AE3\u2AEFt\u0100ar\u2AD4\u2AD9rro\xF7\u2AC1ightarro\xF7\u2A90\u0180;qs\u0C3B\u2ABA\u2AEAlan\xF4\u0C55\u0100;s\u0C55\u2AF4\xBB\u0C36i\xED\u0C5D\u0100;r\u0C35\u2AFEi\u0100;e\u0C1A\u0C25i\xE4\u0D90\u0100pt\u2B0C\u2B11f;\uC000\u{1D55F}\u8180\xAC;in\u2B19\u2B1A\u2B36\u40ACn\u0200;Edv\u0B89\u2B24\u2B28\u2B2E;\uC000\u22F9\u0338ot;\uC000\u22F5\u0338\u01E1\u0B89\u2B33\u2B35;\u62F7;\u62F6i\u0100;v\u0CB8\u2B3C\u01E1\u0CB8\u2B41\u2B43;\u62FE;\u62FD\u0180aor\u2B4B\u2B63\u2B69r\u0200;ast\u0B7B\u2B55\u2B5A\u2B5Flle\xEC\u0B7Bl;\uC000\u2AFD\u20E5;\uC000\u2202\u0338lint;\u6A14\u0180;ce\u0C92\u2B70\u2B73u\xE5\u0CA5\u0100;c\u0C98\u2B78\u0100;e\u0C92\u2B7D\xF1\u0C98\u0200Aait\u2B88\u2B8B\u2B9D\u2BA7r\xF2\u2988rr\u0180;cw\u2B94\u2B95\u2B99\u619B;\uC000\u2933\u0338;\uC000\u219D\u0338ghtarrow\xBB\u2B95ri\u0100;e\u0CCB\u0CD6\u0380chimpqu\u2BBD\u2BCD\u2BD9\u2B04\u0B78\u2BE4\u2BEF\u0200;cer\u0D32\u2BC6\u0D37\u2BC9u\xE5\u0D45;\uC000\u{1D4C3}ort\u026D\u2B05\0\0\u2BD6ar\xE1\u2B56m\u0100;e\u0D6E\u2BDF\u0100;q\u0D74\u0D73su\u0100bp\u2BEB\u2BED\xE5\u0CF8\xE5\u0D0B\u0180bcp\u2BF6\u2C11\u2C19\u0200;Ees\u2BFF\u2C00\u0D22\u2C04\u6284;\uC000\u2AC5\u0338et\u0100;e\u0D1B\u2C0Bq\u0100;q\u0D23\u2C00c\u0100;e\u0D32\u2C17\xF1\u0D38\u0200;Ees\u2C22\u2C23\u0D5F\u2C27\u6285;\uC000\u2AC6\u0338et\u0100;e\u0D58\u2C2Eq\u0100;q\u0D60\u2C23\u0200gilr\u2C3D\u2C3F\u2C45\u2C47\xEC\u0BD7lde\u803B\xF1\u40F1\xE7\u0C43iangle\u0100lr\u2C52\u2C5Ceft\u0100;e\u0C1A\u2C5A\xF1\u0C26ight\u0100;e\u0CCB\u2C65\xF1\u0CD7\u0100;m\u2C6C\u2C6D\u43BD\u0180;es\u2C74\u2C75\u2C79\u4023ro;\u6116p;\u6007\u0480DHadgilrs\u2C8F\u2C94\u2C99\u2C9E\u2CA3\u2CB0\u2CB6\u2CD3\u2CE3ash;\u62ADarr;\u6904p;\uC000\u224D\u20D2ash;\u62AC\u0100et\u2CA8\u2CAC;\uC000\u2265\u20D2;\uC000>\u20D2nfin;\u69DE\u0180Aet\u2CBD\u2CC1\u2CC5rr;\u6902;\uC000\u2264\u20D2\u0100;r\u2CCA\u2CCD\uC000<\u20D2ie;\uC000\u22B4\u20D2\u0100At\u2CD8\u2CDCrr;\u6903rie;\uC000\u22B5\u20D2im;\uC000\u223C\u20D2\u0180Aan\u2CF0\u2CF4\u2D02rr;\u61D6r\u0100hr\u2CFA\u2CFDk;\u6923\u0100;o\u13E7\u13E5ear;\u6927\u1253\u1A95\0\0\0\0\0\0\0\0\0\0\0\0\0\u2D2D\0\u2D38\u2D48\u2D60\u2D65\u2D72\u2D84\u1B07\0\0\u2D8D\u2DAB\0\u2DC8\u2DCE\0\u2DDC\u2E19\u2E2B\u2E3E\u2E43\u0100cs\u2D31\u1A97ute\u803B\xF3\u40F3\u0100iy\u2D3C\u2D45r\u0100;c\u1A9E\u2D42\u803B\xF4\u40F4;\u443E\u0280abios\u1AA0\u2D52\u2D57\u01C8\u2D5Alac;\u4151v;\u6A38old;\u69BClig;\u4153\u0100cr\u2D69\u2D6Dir;\u69BF;\uC000\u{1D52C}\u036F\u2D79\0\0\u2D7C\0\u2D82n;\u42DBave\u803B\xF2\u40F2;\u69C1\u0100bm\u2D88\u0DF4ar;\u69B5\u0200acit\u2D95\u2D98\u2DA5\u2DA8r\xF2\u1A80\u0100ir\u2D9D\u2DA0r;\u69BEoss;\u69BBn\xE5\u0E52;\u69C0\u0180aei\u2DB1\u2DB5\u2DB9cr;\u414Dga;\u43C9\u0180cdn\u2DC0\u2DC5\u01CDron;\u43BF;\u69B6pf;\uC000\u{1D560}\u0180ael\u2DD4\u2DD7\u01D2r;\u69B7rp;\u69B9\u0380;adiosv\u2DEA\u2DEB\u2DEE\u2E08\u2E0D\u2E10\u2E16\u6228r\xF2\u1A86\u0200;efm\u2DF7\u2DF8\u2E02\u2E05\u6A5Dr\u0100;o\u2DFE\u2DFF\u6134f\xBB\u2DFF\u803B\xAA\u40AA\u803B\xBA\u40BAgof;\u62B6r;\u6A56lope;\u6A57;\u6A5B\u0180clo\u2E1F\u2E21\u2E27\xF2\u2E01ash\u803B\xF8\u40F8l;\u6298i\u016C\u2E2F\u2E34de\u803B\xF5\u40F5es\u0100;a\u01DB\u2E3As;\u6A36ml\u803B\xF6\u40F6bar;\u633D\u0AE1\u2E5E\0\u2E7D\0\u2E80\u2E9D\0\u2EA2\u2EB9\0\0\u2ECB\u0E9C\0\u2F13\0\0\u2F2B\u2FBC\0\u2FC8r\u0200;ast\u0403\u2E67\u2E72\u0E85\u8100\xB6;l\u2E6D\u2E6E\u40B6le\xEC\u0403\u0269\u2E78\0\0\u2E7Bm;\u6AF3;\u6AFDy;\u443Fr\u0280cimpt\u2E8B\u2E8F\u2E93\u1865\u2E97nt;\u4025od;\u402Eil;\u6030enk;\u6031r;\uC000\u{1D52D}\u0180imo\u2EA8\u2EB0\u2EB4\u0100;v\u2EAD\u2EAE\u43C6;\u43D5ma\xF4\u0A76ne;\u660E\u0180;tv\u2EBF\u2EC0\u2EC8\u43C0chfork\xBB\u1FFD;\u43D6\u0100au\u2ECF\u2EDFn\u0100ck\u2ED5\u2EDDk\u0100;h\u21F4\u2EDB;\u610E\xF6\u21F4s\u0480;abcdemst\u2EF3\u2EF4\u1908\u2EF9\u2EFD\u2F04\u2F06\u2F0A\u2F0E\u402Bcir;\u6A23ir;\u6A22\u0100ou\u1D40\u2F02;\u6A25;\u6A72n\u80BB\xB1\u0E9Dim;\u6A26wo;\u6A27\u0180ipu\u2F19\u2F20\u2F25ntint;\u6A15f;\uC000\u{1D561}nd\u803B\xA3\u40A3\u0500;Eaceinosu\u0EC8\u2F3F\u2F41\u2F44\u2F47\u2F81\u2F89\u2F92\u2F7E\u2FB6;\u6AB3p;\u6AB7u\xE5\u0ED9\u0100;c\u0ECE\u2F4C\u0300;acens\u0EC8\u2F59\u2F5F\u2F66\u2F68\u2F7Eppro\xF8\u2F43urlye\xF1\u0ED9\xF1\u0ECE\u0180aes\u2F6F\u2F76\u2F7Approx;\u6AB9qq;\u6AB5im;\u62E8i\xED\u0EDFme\u0100;s\u2F88\u0EAE\u6032\u0180Eas\u2F78\u2F90\u2F7A\xF0\u2F75\u0180dfp\u0EEC\u2F99\u2FAF\u0180als\u2FA0\u2FA5\u2FAAlar;\u632Eine;\u6312urf;\u6313\u0100;t\u0EFB\u2FB4\xEF\u0EFBrel;\u62B0\u0100ci\u2FC0\u2FC5r;\uC000\u{1D4C5};\u43C8ncsp;\u6008\u0300fiopsu\u2FDA\u22E2\u2FDF\u2FE5\u2FEB\u2FF1r;\uC000\u{1D52E}pf;\uC000\u{1D562}rime;\u6057cr;\uC000\u{1D4C6}\u0180aeo\u2FF8\u3009\u3013t\u0100ei\u2FFE\u3005rnion\xF3\u06B0nt;\u6A16st\u0100;e\u3010\u3011\u403F\xF1\u1F19\xF4\u0F14\u0A80ABHabcdefhilmnoprstux\u3040\u3051\u3055\u3059\u30E0\u310E\u312B\u3147\u3162\u3172\u318E\u3206\u3215\u3224\u3229\u3258\u326E\u3272\u3290\u32B0\u32B7\u0180art\u3047\u304A\u304Cr\xF2\u10B3\xF2\u03DDail;\u691Car\xF2\u1C65ar;\u6964\u0380cdenqrt\u3068\u3075\u3078\u307F\u308F\u3094\u30CC\u0100eu\u306D\u3071;\uC000\u223D\u0331te;\u4155i\xE3\u116Emptyv;\u69B3g\u0200;del\u0FD1\u3089\u308B\u308D;\u6992;\u69A5\xE5\u0FD1uo\u803B\xBB\u40BBr\u0580;abcfhlpstw\u0FDC\u30AC\u30AF\u30B7\u30B9\u30BC\u30BE\u30C0\u30C3\u30C7\u30CAp;\u6975\u0100;f\u0FE0\u30B4s;\u6920;\u6933s;\u691E\xEB\u225D\xF0\u272El;\u6945im;\u6974l;\u61A3;\u619D\u0100ai\u30D1\u30D5il;\u691Ao\u0100;n\u30DB\u30DC\u6236al\xF3\u0F1E\u0180abr\u30E7\u30EA\u30EEr\xF2\u17E5rk;\u6773\u0100ak\u30F3\u30FDc\u0100ek\u30F9\u30FB;\u407D;\u405D\u0100es\u3102\u3104;\u698Cl\u0100du\u310A\u310C;\u698E;\u6990\u0200aeuy\u3117\u311C\u3127\u3129ron;\u4159\u0100di\u3121\u3125il;\u4157\xEC\u0FF2\xE2\u30FA;\u4440\u0200clqs\u3134\u3137\u313D\u3144a;\u6937dhar;\u6969uo\u0100;r\u020E\u020Dh;\u61B3\u0180acg\u314E\u315F\u0F44l\u0200;ips\u0F78\u3158\u315B\u109Cn\xE5\u10BBar\xF4\u0FA9t;\u65AD\u0180ilr\u3169\u1023\u316Esht;\u697D;\uC000\u{1D52F}\u0100ao\u3177\u3186r\u0100du\u317D\u317F\xBB\u047B\u0100;l\u1091\u3184;\u696C\u0100;v\u318B\u318C\u43C1;\u43F1\u0180gns\u3195\u31F9\u31FCht\u0300ahlrst\u31A4\u31B0\u31C2\u31D8\u31E4\u31EErrow\u0100;t\u0FDC\u31ADa\xE9\u30C8arpoon\u0100du\u31BB\u31BFow\xEE\u317Ep\xBB\u1092eft\u0100ah\u31CA\u31D0rrow\xF3\u0FEAarpoon\xF3\u0551ightarrows;\u61C9quigarro\xF7\u30CBhreetimes;\u62CCg;\u42DAingdotse\xF1\u1F32\u0180ahm\u320D\u3210\u3213r\xF2\u0FEAa\xF2\u0551;\u600Foust\u0100;a\u321E\u321F\u63B1che\xBB\u321Fmid;\u6AEE\u0200abpt\u3232\u323D\u3240\u3252\u0100nr\u3237\u323Ag;\u67EDr;\u61FEr\xEB\u1003\u0180afl\u3247\u324A\u324Er;\u6986;\uC000\u{1D563}us;\u6A2Eimes;\u6A35\u0100ap\u325D\u3267r\u0100;g\u3263\u3264\u4029t;\u6994olint;\u6A12ar\xF2\u31E3\u0200achq\u327B\u3280\u10BC\u3285quo;\u603Ar;\uC000\u{1D4C7}\u0100bu\u30FB\u328Ao\u0100;r\u0214\u0213\u0180hir\u3297\u329B\u32A0re\xE5\u31F8mes;\u62CAi\u0200;efl\u32AA\u1059\u1821\u32AB\u65B9tri;\u69CEluhar;\u6968;\u611E\u0D61\u32D5\u32DB\u32DF\u332C\u3338\u3371\0\u337A\u33A4\0\0\u33EC\u33F0\0\u3428\u3448\u345A\u34AD\u34B1\u34CA\u34F1\0\u3616\0\0\u3633cute;\u415Bqu\xEF\u27BA\u0500;Eaceinpsy\u11ED\u32F3\u32F5\u32FF\u3302\u330B\u330F\u331F\u3326\u3329;\u6AB4\u01F0\u32FA\0\u32FC;\u6AB8on;\u4161u\xE5\u11FE\u0100;d\u11F3\u3307il;\u415Frc;\u415D\u0180Eas\u3316\u3318\u331B;\u6AB6p;\u6ABAim;\u62E9olint;\u6A13i\xED\u1204;\u4441ot\u0180;be\u3334\u1D47\u3335\u62C5;\u6A66\u0380Aacmstx\u3346\u334A\u3357\u335B\u335E\u3363\u336Drr;\u61D8r\u0100hr\u3350\u3352\xEB\u2228\u0100;o\u0A36\u0A34t\u803B\xA7\u40A7i;\u403Bwar;\u6929m\u0100in\u3369\xF0nu\xF3\xF1t;\u6736r\u0100;o\u3376\u2055\uC000\u{1D530}\u0200acoy\u3382\u3386\u3391\u33A0rp;\u666F\u0100hy\u338B\u338Fcy;\u4449;\u4448rt\u026D\u3399\0\0\u339Ci\xE4\u1464ara\xEC\u2E6F\u803B\xAD\u40AD\u0100gm\u33A8\u33B4ma\u0180;fv\u33B1\u33B2\u33B2\u43C3;\u43C2\u0400;deglnpr\u12AB\u33C5\u33C9\u33CE\u33D6\u33DE\u33E1\u33E6ot;\u6A6A\u0100;q\u12B1\u12B0\u0100;E\u33D3\u33D4\u6A9E;\u6AA0\u0100;E\u33DB\u33DC\u6A9D;\u6A9Fe;\u6246lus;\u6A24arr;\u6972ar\xF2\u113D\u0200aeit\u33F8\u3408\u340F\u3417\u0100ls\u33FD\u3404lsetm\xE9\u336Ahp;\u6A33parsl;\u69E4\u0100dl\u1463\u3414e;\u6323\u0100;e\u341C\u341D\u6AAA\u0100;s\u3422\u3423\u6AAC;\uC000\u2AAC\uFE00\u0180flp\u342E\u3433\u3442tcy;\u444C\u0100;b\u3438\u3439\u402F\u0100;a\u343E\u343F\u69C4r;\u633Ff;\uC000\u{1D564}a\u0100dr\u344D\u0402es\u0100;u\u3454\u3455\u6660it\xBB\u3455\u0180csu\u3460\u3479\u349F\u0100au\u3465\u346Fp\u0100;s\u1188\u346B;\uC000\u2293\uFE00p\u0100;s\u11B4\u3475;\uC000\u2294\uFE00u\u0100bp\u347F\u348F\u0180;es\u1197\u119C\u3486et\u0100;e\u1197\u348D\xF1\u119D\u0180;es\u11A8\u11AD\u3496et\u0100;e\u11A8\u349D\xF1\u11AE\u0180;af\u117B\u34A6\u05B0r\u0165\u34AB\u05B1\xBB\u117Car\xF2\u1148\u0200cemt\u34B9\u34BE\u34C2\u34C5r;\uC000\u{1D4C8}tm\xEE\xF1i\xEC\u3415ar\xE6\u11BE\u0100ar\u34CE\u34D5r\u0100;f\u34D4\u17BF\u6606\u0100an\u34DA\u34EDight\u0100ep\u34E3\u34EApsilo\xEE\u1EE0h\xE9\u2EAFs\xBB\u2852\u0280bcmnp\u34FB\u355E\u1209\u358B\u358E\u0480;Edemnprs\u350E\u350F\u3511\u3515\u351E\u3523\u352C\u3531\u3536\u6282;\u6AC5ot;\u6ABD\u0100;d\u11DA\u351Aot;\u6AC3ult;\u6AC1\u0100Ee\u3528\u352A;\u6ACB;\u628Alus;\u6ABFarr;\u6979\u0180eiu\u353D\u3552\u3555t\u0180;en\u350E\u3545\u354Bq\u0100;q\u11DA\u350Feq\u0100;q\u352B\u3528m;\u6AC7\u0100bp\u355A\u355C;\u6AD5;\u6AD3c\u0300;acens\u11ED\u356C\u3572\u3579\u357B\u3326ppro\xF8\u32FAurlye\xF1\u11FE\xF1\u11F3\u0180aes\u3582\u3588\u331Bppro\xF8\u331Aq\xF1\u3317g;\u666A\u0680123;Edehlmnps\u35A9\u35AC\u35AF\u121C\u35B2\u35B4\u35C0\u35C9\u35D5\u35DA\u35DF\u35E8\u35ED\u803B\xB9\u40B9\u803B\xB2\u40B2\u803B\xB3\u40B3;\u6AC6\u0100os\u35B9\u35BCt;\u6ABEub;\u6AD8\u0100;d\u1222\u35C5ot;\u6AC4s\u0100ou\u35CF\u35D2l;\u67C9b;\u6AD7arr;\u697Bult;\u6AC2\u0100Ee\u35E4\u35E6;\u6ACC;\u628Blus;\u6AC0\u0180eiu\u35F4\u3609\u360Ct\u0180;en\u121C\u35FC\u3602q\u0100;q\u1222\u35B2eq\u0100;q\u35E7\u35E4m;\u6AC8\u0100bp\u3611\u3613;\u6AD4;\u6AD6\u0180Aan\u361C\u3620\u362Drr;\u61D9r\u0100hr\u3626\u3628\xEB\u222E\u0100;o\u0A2B\u0A29war;\u692Alig\u803B\xDF\u40DF\u0BE1\u3651\u365D\u3660\u12CE\u3673\u3679\0\u367E\u36C2\0\0\0\0\0\u36DB\u3703\0\u3709\u376C\0\0\0\u3787\u0272\u3656\0\0\u365Bget;\u6316;\u43C4r\xEB\u0E5F\u0180aey\u3666\u366B\u3670ron;\u4165dil;\u4163;\u4442lrec;\u6315r;\uC000\u{1D531}\u0200eiko\u3686\u369D\u36B5\u36BC\u01F2\u368B\0\u3691e\u01004f\u1284\u1281a\u0180;sv\u3698\u3699\u369B\u43B8ym;\u43D1\u0100cn\u36A2\u36B2k\u0100as\u36A8\u36AEppro\xF8\u12C1im\xBB\u12ACs\xF0\u129E\u0100as\u36BA\u36AE\xF0\u12C1rn\u803B\xFE\u40FE\u01EC\u031F\u36C6\u22E7es\u8180\xD7;bd\u36CF\u36D0\u36D8\u40D7\u0100;a\u190F\u36D5r;\u6A31;\u6A30\u0180eps\u36E1\u36E3\u3700\xE1\u2A4D\u0200;bcf\u0486\u36EC\u36F0\u36F4ot;\u6336ir;\u6AF1\u0100;o\u36F9\u36FC\uC000\u{1D565}rk;\u6ADA\xE1\u3362rime;\u6034\u0180aip\u370F\u3712\u3764d\xE5\u1248\u0380adempst\u3721\u374D\u3740\u3751\u3757\u375C\u375Fngle\u0280;dlqr\u3730\u3731\u3736\u3740\u3742\u65B5own\xBB\u1DBBeft\u0100;e\u2800\u373E\xF1\u092E;\u625Cight\u0100;e\u32AA\u374B\xF1\u105Aot;\u65ECinus;\u6A3Alus;\u6A39b;\u69CDime;\u6A3Bezium;\u63E2\u0180cht\u3772\u377D\u3781\u0100ry\u3777\u377B;\uC000\u{1D4C9};\u4446cy;\u445Brok;\u4167\u0100io\u378B\u378Ex\xF4\u1777head\u0100lr\u3797\u37A0eftarro\xF7\u084Fightarrow\xBB\u0F5D\u0900AHabcdfghlmoprstuw\u37D0\u37D3\u37D7\u37E4\u37F0\u37FC\u380E\u381C\u3823\u3834\u3851\u385D\u386B\u38A9\u38CC\u38D2\u38EA\u38F6r\xF2\u03EDar;\u6963\u0100cr\u37DC\u37E2ute\u803B\xFA\u40FA\xF2\u1150r\u01E3\u37EA\0\u37EDy;\u445Eve;\u416D\u0100iy\u37F5\u37FArc\u803B\xFB\u40FB;\u4443\u0180abh\u3803\u3806\u380Br\xF2\u13ADlac;\u4171a\xF2\u13C3\u0100ir\u3813\u3818sht;\u697E;\uC000\u{1D532}rave\u803B\xF9\u40F9\u0161\u3827\u3831r\u0100lr\u382C\u382E\xBB\u0957\xBB\u1083lk;\u6580\u0100ct\u3839\u384D\u026F\u383F\0\0\u384Arn\u0100;e\u3845\u3846\u631Cr\xBB\u3846op;\u630Fri;\u65F8\u0100al\u3856\u385Acr;\u416B\u80BB\xA8\u0349\u0100gp\u3862\u3866on;\u4173f;\uC000\u{1D566}\u0300adhlsu\u114B\u3878\u387D\u1372\u3891\u38A0own\xE1\u13B3arpoon\u0100lr\u3888\u388Cef\xF4\u382Digh\xF4\u382Fi\u0180;hl\u3899\u389A\u389C\u43C5\xBB\u13FAon\xBB\u389Aparrows;\u61C8\u0180cit\u38B0\u38C4\u38C8\u026F\u38B6\0\0\u38C1rn\u0100;e\u38BC\u38BD\u631Dr\xBB\u38BDop;\u630Eng;\u416Fri;\u65F9cr;\uC000\u{1D4CA}\u0180dir\u38D9\u38DD\u38E2ot;\u62F0lde;\u4169i\u0100;f\u3730\u38E8\xBB\u1813\u0100am\u38EF\u38F2r\xF2\u38A8l\u803B\xFC\u40FCangle;\u69A7\u0780ABDacdeflnoprsz\u391C\u391F\u3929\u392D\u39B5\u39B8\u39BD\u39DF\u39E4\u39E8\u39F3\u39F9\u39FD\u3A01\u3A20r\xF2\u03F7ar\u0100;v\u3926\u3927\u6AE8;\u6AE9as\xE8\u03E1\u0100nr\u3932\u3937grt;\u699C\u0380eknprst\u34E3\u3946\u394B\u3952\u395D\u3964\u3996app\xE1\u2415othin\xE7\u1E96\u0180hir\u34EB\u2EC8\u3959op\xF4\u2FB5\u0100;h\u13B7\u3962\xEF\u318D\u0100iu\u3969\u396Dgm\xE1\u33B3\u0100bp\u3972\u3984setneq\u0100;q\u397D\u3980\uC000\u228A\uFE00;\uC000\u2ACB\uFE00setneq\u0100;q\u398F\u3992\uC000\u228B\uFE00;\uC000\u2ACC\uFE00\u0100hr\u399B\u399Fet\xE1\u369Ciangle\u0100lr\u39AA\u39AFeft\xBB\u0925ight\xBB\u1051y;\u4432ash\xBB\u1036\u0180elr\u39C4\u39D2\u39D7\u0180;be\u2DEA\u39CB\u39CFar;\u62BBq;\u625Alip;\u62EE\u0100bt\u39DC\u1468a\xF2\u1469r;\uC000\u{1D533}tr\xE9\u39AEsu\u0100bp\u39EF\u39F1\xBB\u0D1C\xBB\u0D59pf;\uC000\u{1D567}ro\xF0\u0EFBtr\xE9\u39B4\u0100cu\u3A06\u3A0Br;\uC000\u{1D4CB}\u0100bp\u3A10\u3A18n\u0100Ee\u3980\u3A16\xBB\u397En\u0100Ee\u3992\u3A1E\xBB\u3990igzag;\u699A\u0380cefoprs\u3A36\u3A3B\u3A56\u3A5B\u3A54\u3A61\u3A6Airc;\u4175\u0100di\u3A40\u3A51\u0100bg\u3A45\u3A49ar;\u6A5Fe\u0100;q\u15FA\u3A4F;\u6259erp;\u6118r;\uC000\u{1D534}pf;\uC000\u{1D568}\u0100;e\u1479\u3A66at\xE8\u1479cr;\uC000\u{1D4CC}\u0AE3\u178E\u3A87\0\u3A8B\0\u3A90\u3A9B\0\0\u3A9D\u3AA8\u3AAB\u3AAF\0\0\u3AC3\u3ACE\0\u3AD8\u17DC\u17DFtr\xE9\u17D1r;\uC000\u{1D535}\u0100Aa\u3A94\u3A97r\xF2\u03C3r\xF2\u09F6;\u43BE\u0100Aa\u3AA1\u3AA4r\xF2\u03B8r\xF2\u09EBa\xF0\u2713is;\u62FB\u0180dpt\u17A4\u3AB5\u3ABE\u0100fl\u3ABA\u17A9;\uC000\u{1D569}im\xE5\u17B2\u0100Aa\u3AC7\u3ACAr\xF2\u03CEr\xF2\u0A01\u0100cq\u3AD2\u17B8r;\uC000\u{1D4CD}\u0100pt\u17D6\u3ADCr\xE9\u17D4\u0400acefiosu\u3AF0\u3AFD\u3B08\u3B0C\u3B11\u3B15\u3B1B\u3B21c\u0100uy\u3AF6\u3AFBte\u803B\xFD\u40FD;\u444F\u0100iy\u3B02\u3B06rc;\u4177;\u444Bn\u803B\xA5\u40A5r;\uC000\u{1D536}cy;\u4457pf;\uC000\u{1D56A}cr;\uC000\u{1D4CE}\u0100cm\u3B26\u3B29y;\u444El\u803B\xFF\u40FF\u0500acdefhiosw\u3B42\u3B48\u3B54\u3B58\u3B64\u3B69\u3B6D\u3B74\u3B7A\u3B80cute;\u417A\u0100ay\u3B4D\u3B52ron;\u417E;\u4437ot;\u417C\u0100et\u3B5D\u3B61tr\xE6\u155Fa;\u43B6r;\uC000\u{1D537}cy;\u4436grarr;\u61DDpf;\uC000\u{1D56B}cr;\uC000\u{1D4CF}\u0100jn\u3B85\u3B87;\u600Dj;\u600C'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "\u0200aglq	\x1B\u026D\0\0p;\u4026os;\u4027t;\u403Et;\u403Cuot;\u4022".split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/decode_codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint(codePoint) {
  var _a2;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a2 = decodeMap.get(codePoint)) !== null && _a2 !== void 0 ? _a2 : codePoint;
}

// node_modules/entities/lib/esm/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_F"] = 102] = "LOWER_F";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
  CharCodes2[CharCodes2["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes2[CharCodes2["UPPER_A"] = 65] = "UPPER_A";
  CharCodes2[CharCodes2["UPPER_F"] = 70] = "UPPER_F";
  CharCodes2[CharCodes2["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
function isNumber2(code2) {
  return code2 >= CharCodes.ZERO && code2 <= CharCodes.NINE;
}
function isHexadecimalCharacter(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_F || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_Z || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_Z || isNumber2(code2);
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAsciiAlphaNumeric(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (str.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(str, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(str, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(str, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(str, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(str, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str, offset) {
    if (offset >= str.length) {
      return -1;
    }
    if ((str.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(str, offset);
  }
  addToNumericResult(str, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char) || isHexadecimalCharacter(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a2;
    if (this.consumed <= expectedLength) {
      (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
    for (; offset < str.length; offset++, this.excess++) {
      const char = str.charCodeAt(offset);
      this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a2;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~BinTrieFlags.VALUE_LENGTH : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a2;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a2 = this.errors) === null || _a2 === void 0 ? void 0 : _a2.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder(decodeTree, (str) => ret += fromCodePoint(str));
  return function decodeWithTrie(str, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str.indexOf("&", offset)) >= 0) {
      ret += str.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result = ret + str.slice(lastIndex);
    ret = "";
    return result;
  };
}
function determineBranch(decodeTree, current, nodeIdx, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);
function decodeHTML(str, mode = DecodingMode.Legacy) {
  return htmlDecoder(str, mode);
}
function decodeHTMLStrict(str) {
  return htmlDecoder(str, DecodingMode.Strict);
}

// node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/entities/lib/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape4(data) {
    let match2;
    let lastIdx = 0;
    let result = "";
    while (match2 = regex.exec(data)) {
      if (lastIdx !== match2.index) {
        result += data.substring(lastIdx, match2.index);
      }
      result += map.get(match2[0].charCodeAt(0));
      lastIdx = match2.index + 1;
    }
    return result + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/entities/lib/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/markdown-it/lib/common/utils.mjs
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function isString(obj) {
  return _class(obj) === "[object String]";
}
var _hasOwnProperty = Object.prototype.hasOwnProperty;
function has(object, key) {
  return _hasOwnProperty.call(object, key);
}
function assign(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    if (typeof source !== "object") {
      throw new TypeError(source + "must be object");
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) {
    return false;
  }
  if (c >= 64976 && c <= 65007) {
    return false;
  }
  if ((c & 65535) === 65535 || (c & 65535) === 65534) {
    return false;
  }
  if (c >= 0 && c <= 8) {
    return false;
  }
  if (c === 11) {
    return false;
  }
  if (c >= 14 && c <= 31) {
    return false;
  }
  if (c >= 127 && c <= 159) {
    return false;
  }
  if (c > 1114111) {
    return false;
  }
  return true;
}
function fromCodePoint2(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var ENTITY_RE = /&([a-z#][a-z0-9]{1,31});/gi;
var UNESCAPE_ALL_RE = new RegExp(UNESCAPE_MD_RE.source + "|" + ENTITY_RE.source, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match2, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) {
      return fromCodePoint2(code2);
    }
    return match2;
  }
  const decoded = decodeHTML(match2);
  if (decoded !== match2) {
    return decoded;
  }
  return match2;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_ALL_RE, function(match2, escaped, entity2) {
    if (escaped) {
      return escaped;
    }
    return replaceEntityPattern(match2, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) {
    return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  }
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) {
    return true;
  }
  switch (code2) {
    case 9:
    // \t
    case 10:
    // \n
    case 11:
    // \v
    case 12:
    // \f
    case 13:
    // \r
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return regex_default4.test(ch) || regex_default5.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint2(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  if ("\u1E9E".toLowerCase() === "\u1E7E") {
    str = str.replace(/ẞ/g, "\xDF");
  }
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) {
    if (!isAsciiTrimmable(str.charCodeAt(start))) {
      break;
    }
  }
  let end = str.length - 1;
  for (; end >= start; end--) {
    if (!isAsciiTrimmable(str.charCodeAt(end))) {
      break;
    }
  }
  return str.slice(start, end + 1);
}
var lib = { mdurl: mdurl_exports, ucmicro: uc_exports };

// node_modules/markdown-it/lib/helpers/index.mjs
var helpers_exports = {};
__export(helpers_exports, {
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});

// node_modules/markdown-it/lib/helpers/parse_link_label.mjs
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) {
        level++;
      } else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) {
    labelEnd = state.pos;
  }
  state.pos = oldPos;
  return labelEnd;
}

// node_modules/markdown-it/lib/helpers/parse_link_destination.mjs
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) {
        return result;
      }
      if (code2 === 60) {
        return result;
      }
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) {
      break;
    }
    if (code2 < 32 || code2 === 127) {
      break;
    }
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) {
        return result;
      }
    }
    if (code2 === 41) {
      if (level === 0) {
        break;
      }
      level--;
    }
    pos++;
  }
  if (start === pos) {
    return result;
  }
  if (level !== 0) {
    return result;
  }
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}

// node_modules/markdown-it/lib/helpers/parse_link_title.mjs
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    // if `true`, this is a valid link title
    ok: false,
    // if `true`, this link can be continued on the next line
    can_continue: false,
    // if `ok`, it's the position of the first character after the closing marker
    pos: 0,
    // if `ok`, it's the unescaped title
    str: "",
    // expected closing marker character code
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) {
      return state;
    }
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) {
      return state;
    }
    start++;
    pos++;
    if (marker === 40) {
      marker = 41;
    }
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) {
      return state;
    } else if (code2 === 92 && pos + 1 < max) {
      pos++;
    }
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}

// node_modules/markdown-it/lib/renderer.mjs
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<code" + slf.renderAttrs(token) + ">" + escapeHtml(token.content) + "</code>";
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<pre" + slf.renderAttrs(token) + "><code>" + escapeHtml(tokens[idx].content) + "</code></pre>\n";
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) {
    highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  } else {
    highlighted = escapeHtml(token.content);
  }
  if (highlighted.indexOf("<pre") === 0) {
    return highlighted + "\n";
  }
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) {
      tmpAttrs.push(["class", options.langPrefix + langName]);
    } else {
      tmpAttrs[i] = tmpAttrs[i].slice();
      tmpAttrs[i][1] += " " + options.langPrefix + langName;
    }
    const tmpToken = {
      attrs: tmpAttrs
    };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
function Renderer() {
  this.rules = assign({}, default_rules);
}
Renderer.prototype.renderAttrs = function renderAttrs(token) {
  let i, l, result;
  if (!token.attrs) {
    return "";
  }
  result = "";
  for (i = 0, l = token.attrs.length; i < l; i++) {
    result += " " + escapeHtml(token.attrs[i][0]) + '="' + escapeHtml(token.attrs[i][1]) + '"';
  }
  return result;
};
Renderer.prototype.renderToken = function renderToken(tokens, idx, options) {
  const token = tokens[idx];
  let result = "";
  if (token.hidden) {
    return "";
  }
  if (token.block && token.nesting !== -1 && idx && tokens[idx - 1].hidden) {
    result += "\n";
  }
  result += (token.nesting === -1 ? "</" : "<") + token.tag;
  result += this.renderAttrs(token);
  if (token.nesting === 0 && options.xhtmlOut) {
    result += " /";
  }
  let needLf = false;
  if (token.block) {
    needLf = true;
    if (token.nesting === 1) {
      if (idx + 1 < tokens.length) {
        const nextToken = tokens[idx + 1];
        if (nextToken.type === "inline" || nextToken.hidden) {
          needLf = false;
        } else if (nextToken.nesting === -1 && nextToken.tag === token.tag) {
          needLf = false;
        }
      }
    }
  }
  result += needLf ? ">\n" : ">";
  return result;
};
Renderer.prototype.renderInline = function(tokens, options, env) {
  let result = "";
  const rules = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (typeof rules[type] !== "undefined") {
      result += rules[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options);
    }
  }
  return result;
};
Renderer.prototype.renderInlineAsText = function(tokens, options, env) {
  let result = "";
  for (let i = 0, len = tokens.length; i < len; i++) {
    switch (tokens[i].type) {
      case "text":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
        break;
      default:
    }
  }
  return result;
};
Renderer.prototype.render = function(tokens, options, env) {
  let result = "";
  const rules = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (type === "inline") {
      result += this.renderInline(tokens[i].children, options, env);
    } else if (typeof rules[type] !== "undefined") {
      result += rules[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options, env);
    }
  }
  return result;
};
var renderer_default = Renderer;

// node_modules/markdown-it/lib/ruler.mjs
function Ruler() {
  this.__rules__ = [];
  this.__cache__ = null;
}
Ruler.prototype.__find__ = function(name) {
  for (let i = 0; i < this.__rules__.length; i++) {
    if (this.__rules__[i].name === name) {
      return i;
    }
  }
  return -1;
};
Ruler.prototype.__compile__ = function() {
  const self = this;
  const chains = [""];
  self.__rules__.forEach(function(rule8) {
    if (!rule8.enabled) {
      return;
    }
    rule8.alt.forEach(function(altName) {
      if (chains.indexOf(altName) < 0) {
        chains.push(altName);
      }
    });
  });
  self.__cache__ = {};
  chains.forEach(function(chain) {
    self.__cache__[chain] = [];
    self.__rules__.forEach(function(rule8) {
      if (!rule8.enabled) {
        return;
      }
      if (chain && rule8.alt.indexOf(chain) < 0) {
        return;
      }
      self.__cache__[chain].push(rule8.fn);
    });
  });
};
Ruler.prototype.at = function(name, fn, options) {
  const index = this.__find__(name);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + name);
  }
  this.__rules__[index].fn = fn;
  this.__rules__[index].alt = opt.alt || [];
  this.__cache__ = null;
};
Ruler.prototype.before = function(beforeName, ruleName, fn, options) {
  const index = this.__find__(beforeName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + beforeName);
  }
  this.__rules__.splice(index, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.after = function(afterName, ruleName, fn, options) {
  const index = this.__find__(afterName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + afterName);
  }
  this.__rules__.splice(index + 1, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.push = function(ruleName, fn, options) {
  const opt = options || {};
  this.__rules__.push({
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.enable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = true;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.enableOnly = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  this.__rules__.forEach(function(rule8) {
    rule8.enabled = false;
  });
  this.enable(list2, ignoreInvalid);
};
Ruler.prototype.disable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = false;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.getRules = function(chainName) {
  if (this.__cache__ === null) {
    this.__compile__();
  }
  return this.__cache__[chainName] || [];
};
var ruler_default = Ruler;

// node_modules/markdown-it/lib/token.mjs
function Token(type, tag, nesting) {
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.map = null;
  this.nesting = nesting;
  this.level = 0;
  this.children = null;
  this.content = "";
  this.markup = "";
  this.info = "";
  this.meta = null;
  this.block = false;
  this.hidden = false;
}
Token.prototype.attrIndex = function attrIndex(name) {
  if (!this.attrs) {
    return -1;
  }
  const attrs = this.attrs;
  for (let i = 0, len = attrs.length; i < len; i++) {
    if (attrs[i][0] === name) {
      return i;
    }
  }
  return -1;
};
Token.prototype.attrPush = function attrPush(attrData) {
  if (this.attrs) {
    this.attrs.push(attrData);
  } else {
    this.attrs = [attrData];
  }
};
Token.prototype.attrSet = function attrSet(name, value) {
  const idx = this.attrIndex(name);
  const attrData = [name, value];
  if (idx < 0) {
    this.attrPush(attrData);
  } else {
    this.attrs[idx] = attrData;
  }
};
Token.prototype.attrGet = function attrGet(name) {
  const idx = this.attrIndex(name);
  let value = null;
  if (idx >= 0) {
    value = this.attrs[idx][1];
  }
  return value;
};
Token.prototype.attrJoin = function attrJoin(name, value) {
  const idx = this.attrIndex(name);
  if (idx < 0) {
    this.attrPush([name, value]);
  } else {
    this.attrs[idx][1] = this.attrs[idx][1] + " " + value;
  }
};
var token_default = Token;

// node_modules/markdown-it/lib/rules_core/state_core.mjs
function StateCore(src, md2, env) {
  this.src = src;
  this.env = env;
  this.tokens = [];
  this.inlineMode = false;
  this.md = md2;
}
StateCore.prototype.Token = token_default;
var state_core_default = StateCore;

// node_modules/markdown-it/lib/rules_core/normalize.mjs
var NEWLINES_RE = /\r\n?|\n/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(NEWLINES_RE, "\n");
  str = str.replace(NULL_RE, "\uFFFD");
  state.src = str;
}

// node_modules/markdown-it/lib/rules_core/block.mjs
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else {
    state.md.block.parse(state.src, state.md, state.env, state.tokens);
  }
}

// node_modules/markdown-it/lib/rules_core/inline.mjs
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") {
      state.md.inline.parse(tok.content, state.md, state.env, tok.children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/linkify.mjs
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) {
    return;
  }
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.pretest(blockTokens[j].content)) {
      continue;
    }
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") {
          i--;
        }
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen(currentToken.content) && htmlLinkLevel > 0) {
          htmlLinkLevel--;
        }
        if (isLinkClose(currentToken.content)) {
          htmlLinkLevel++;
        }
      }
      if (htmlLinkLevel > 0) {
        continue;
      }
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") {
          links = links.slice(1);
        }
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) {
            continue;
          }
          let urlText = links[ln].text;
          if (!links[ln].schema) {
            urlText = state.md.normalizeLinkText("http://" + urlText).replace(/^http:\/\//, "");
          } else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) {
            urlText = state.md.normalizeLinkText("mailto:" + urlText).replace(/^mailto:/, "");
          } else {
            urlText = state.md.normalizeLinkText(urlText);
          }
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({ index: i, nodes });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) {
        newTokensLength += replacement.nodes.length - 1;
      }
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if (replacement?.index === i) {
          for (const node of replacement.nodes) {
            newTokens[newTokenIndex++] = node;
          }
          replacementIndex++;
        } else {
          newTokens[newTokenIndex++] = tokens[i];
        }
      }
      blockTokens[j].children = newTokens;
    }
  }
}

// node_modules/markdown-it/lib/rules_core/replacements.mjs
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/ig;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match2, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) {
        token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/mg, "$1\u2014").replace(/(^|\s)--(?=\s|$)/mg, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/mg, "$1\u2013");
      }
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) {
    return;
  }
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") {
      continue;
    }
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) {
      replace_scoped(state.tokens[blkIdx].children);
    }
    if (RARE_RE.test(state.tokens[blkIdx].content)) {
      replace_rare(state.tokens[blkIdx].children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/smartquotes.mjs
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) {
      heads.single = item.prevSameQuoteIdx;
    } else {
      heads.double = item.prevSameQuoteIdx;
    }
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) {
    replacements[tokenIdx] = [];
  }
  replacements[tokenIdx].push({ pos, ch });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = { single: -1, double: -1 };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) {
      if (stack[j].level <= thisLevel) {
        break;
      }
    }
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") {
      continue;
    }
    const text2 = token.content;
    let pos = 0;
    const max = text2.length;
    OUTER:
      while (pos < max) {
        QUOTE_RE.lastIndex = pos;
        const t = QUOTE_RE.exec(text2);
        if (!t) {
          break;
        }
        let canOpen = true;
        let canClose = true;
        pos = t.index + 1;
        const isSingle = t[0] === "'";
        let lastChar = 32;
        if (t.index - 1 >= 0) {
          lastChar = text2.charCodeAt(t.index - 1);
        } else {
          for (j = i - 1; j >= 0; j--) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
            break;
          }
        }
        let nextChar = 32;
        if (pos < max) {
          nextChar = text2.charCodeAt(pos);
        } else {
          for (j = i + 1; j < tokens.length; j++) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            nextChar = tokens[j].content.charCodeAt(0);
            break;
          }
        }
        const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
        const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
        const isLastWhiteSpace = isWhiteSpace(lastChar);
        const isNextWhiteSpace = isWhiteSpace(nextChar);
        if (isNextWhiteSpace) {
          canOpen = false;
        } else if (isNextPunctChar) {
          if (!(isLastWhiteSpace || isLastPunctChar)) {
            canOpen = false;
          }
        }
        if (isLastWhiteSpace) {
          canClose = false;
        } else if (isLastPunctChar) {
          if (!(isNextWhiteSpace || isNextPunctChar)) {
            canClose = false;
          }
        }
        if (nextChar === 34 && t[0] === '"') {
          if (lastChar >= 48 && lastChar <= 57) {
            canClose = canOpen = false;
          }
        }
        if (canOpen && canClose) {
          canOpen = isLastPunctChar;
          canClose = isNextPunctChar;
        }
        if (!canOpen && !canClose) {
          if (isSingle) {
            addReplacement(replacements, i, t.index, APOSTROPHE);
          }
          continue;
        }
        if (canClose) {
          j = isSingle ? heads.single : heads.double;
          if (j >= 0 && stack[j].level === thisLevel) {
            const item = stack[j];
            let openQuote;
            let closeQuote;
            if (isSingle) {
              openQuote = state.md.options.quotes[2];
              closeQuote = state.md.options.quotes[3];
            } else {
              openQuote = state.md.options.quotes[0];
              closeQuote = state.md.options.quotes[1];
            }
            addReplacement(replacements, i, t.index, closeQuote);
            addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
            truncateStack(stack, heads, j);
            continue OUTER;
          }
        }
        if (canOpen) {
          if (stack.length >= MAX_OPENERS) {
            return;
          }
          stack.push({
            tokenIdx: i,
            contentPos: t.index,
            isSingleQuote: isSingle,
            level: thisLevel,
            // stack index of the previous opener of the same quote type, -1 if none
            prevSameQuoteIdx: isSingle ? heads.single : heads.double
          });
          if (isSingle) {
            heads.single = stack.length - 1;
          } else {
            heads.double = stack.length - 1;
          }
        } else if (canClose && isSingle) {
          addReplacement(replacements, i, t.index, APOSTROPHE);
        }
      }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    tokens[tokenIdx].content = applyReplacements(tokens[tokenIdx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) {
    return;
  }
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) {
      continue;
    }
    process_inlines(state.tokens[blkIdx].children, state);
  }
}

// node_modules/markdown-it/lib/rules_core/text_join.mjs
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") {
        tokens[curr].type = "text";
      }
    }
    for (curr = last = 0; curr < max; curr++) {
      if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
        tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
      } else {
        if (curr !== last) {
          tokens[last] = tokens[curr];
        }
        last++;
      }
    }
    if (curr !== last) {
      tokens.length = last;
    }
  }
}

// node_modules/markdown-it/lib/parser_core.mjs
var _rules = [
  ["normalize", normalize],
  ["block", block],
  ["inline", inline],
  ["linkify", linkify],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  // `text_join` finds `text_special` tokens (for escape sequences)
  // and joins them with the rest of the text
  ["text_join", text_join]
];
function Core() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules.length; i++) {
    this.ruler.push(_rules[i][0], _rules[i][1]);
  }
}
Core.prototype.process = function(state) {
  const rules = this.ruler.getRules("");
  for (let i = 0, l = rules.length; i < l; i++) {
    rules[i](state);
  }
};
Core.prototype.State = state_core_default;
var parser_core_default = Core;

// node_modules/markdown-it/lib/rules_block/state_block.mjs
function StateBlock(src, md2, env, tokens) {
  this.src = src;
  this.md = md2;
  this.env = env;
  this.tokens = tokens;
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = "root";
  this.level = 0;
  const s = this.src;
  for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
    const ch = s.charCodeAt(pos);
    if (!indent_found) {
      if (isSpace(ch)) {
        indent++;
        if (ch === 9) {
          offset += 4 - offset % 4;
        } else {
          offset++;
        }
        continue;
      } else {
        indent_found = true;
      }
    }
    if (ch === 10 || pos === len - 1) {
      if (ch !== 10) {
        pos++;
      }
      this.bMarks.push(start);
      this.eMarks.push(pos);
      this.tShift.push(indent);
      this.sCount.push(offset);
      this.bsCount.push(0);
      indent_found = false;
      indent = 0;
      offset = 0;
      start = pos + 1;
    }
  }
  this.bMarks.push(s.length);
  this.eMarks.push(s.length);
  this.tShift.push(0);
  this.sCount.push(0);
  this.bsCount.push(0);
  this.lineMax = this.bMarks.length - 1;
}
StateBlock.prototype.push = function(type, tag, nesting) {
  const token = new token_default(type, tag, nesting);
  token.block = true;
  if (nesting < 0) this.level--;
  token.level = this.level;
  if (nesting > 0) this.level++;
  this.tokens.push(token);
  return token;
};
StateBlock.prototype.isEmpty = function isEmpty(line) {
  return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
};
StateBlock.prototype.skipEmptyLines = function skipEmptyLines(from) {
  for (let max = this.lineMax; from < max; from++) {
    if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) {
      break;
    }
  }
  return from;
};
StateBlock.prototype.skipSpaces = function skipSpaces(pos) {
  for (let max = this.src.length; pos < max; pos++) {
    const ch = this.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipSpacesBack = function skipSpacesBack(pos, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (!isSpace(this.src.charCodeAt(--pos))) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.skipChars = function skipChars(pos, code2) {
  for (let max = this.src.length; pos < max; pos++) {
    if (this.src.charCodeAt(pos) !== code2) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipCharsBack = function skipCharsBack(pos, code2, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (code2 !== this.src.charCodeAt(--pos)) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.getLines = function getLines(begin, end, indent, keepLastLF) {
  if (begin >= end) {
    return "";
  }
  const queue = new Array(end - begin);
  for (let i = 0, line = begin; line < end; line++, i++) {
    let lineIndent = 0;
    const lineStart = this.bMarks[line];
    let first = lineStart;
    let last;
    if (line + 1 < end || keepLastLF) {
      last = this.eMarks[line] + 1;
    } else {
      last = this.eMarks[line];
    }
    while (first < last && lineIndent < indent) {
      const ch = this.src.charCodeAt(first);
      if (isSpace(ch)) {
        if (ch === 9) {
          lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
        } else {
          lineIndent++;
        }
      } else if (first - lineStart < this.tShift[line]) {
        lineIndent++;
      } else {
        break;
      }
      first++;
    }
    if (lineIndent > indent) {
      queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
    } else {
      queue[i] = this.src.slice(first, last);
    }
  }
  return queue.join("");
};
StateBlock.prototype.Token = token_default;
var state_block_default = StateBlock;

// node_modules/markdown-it/lib/rules_block/table.mjs
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) {
    return false;
  }
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) {
    return false;
  }
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) {
    return false;
  }
  if (firstCh === 45 && isSpace(secondCh)) {
    return false;
  }
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) {
      return false;
    }
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) {
        continue;
      } else {
        return false;
      }
    }
    if (!/^:?-+:?$/.test(t)) {
      return false;
    }
    if (t.charCodeAt(t.length - 1) === 58) {
      aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    } else if (t.charCodeAt(0) === 58) {
      aligns.push("left");
    } else {
      aligns.push("");
    }
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) {
    return false;
  }
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) {
      token_ho.attrs = [["style", "text-align:" + aligns[i]]];
    }
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    lineText = getLine(state, nextLine).trim();
    if (!lineText) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) {
      break;
    }
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) {
        token_tdo.attrs = [["style", "text-align:" + aligns[i]]];
      }
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/rules_block/code.mjs
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) {
    return false;
  }
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/fence.mjs
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (pos + 3 > max) {
    return false;
  }
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) {
    return false;
  }
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) {
    return false;
  }
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) {
      return false;
    }
  }
  if (silent) {
    return true;
  }
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) {
      break;
    }
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.src.charCodeAt(pos) !== marker) {
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      continue;
    }
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) {
      continue;
    }
    pos = state.skipSpaces(pos);
    if (pos < max) {
      continue;
    }
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/blockquote.mjs
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 62) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) {
      break;
    }
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else {
          adjustTab = true;
        }
      } else {
        spaceAfterMarker = false;
      }
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) {
            offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          } else {
            offset++;
          }
        } else {
          break;
        }
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}

// node_modules/markdown-it/lib/rules_block/hr.mjs
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) {
    return false;
  }
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) {
      return false;
    }
    if (ch === marker) {
      cnt++;
    }
  }
  if (cnt < 3) {
    return false;
  }
  if (silent) {
    return true;
  }
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}

// node_modules/markdown-it/lib/rules_block/list.mjs
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) {
    return -1;
  }
  if (pos < max) {
    const ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) {
    return -1;
  }
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) {
    return -1;
  }
  for (; ; ) {
    if (pos >= max) {
      return -1;
    }
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) {
        return -1;
      }
      continue;
    }
    if (ch === 41 || ch === 46) {
      break;
    }
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) {
    if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
      state.tokens[i + 2].hidden = true;
      state.tokens[i].hidden = true;
      i += 2;
    }
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) {
      isTerminatingParagraph = true;
    }
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) {
    isOrdered = false;
  } else {
    return false;
  }
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) {
    return true;
  }
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) {
      token.attrs = [["start", markerValue]];
    }
  } else {
    token = state.push("bullet_list_open", "ul", 1);
  }
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) {
        offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      } else if (ch === 32) {
        offset++;
      } else {
        break;
      }
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) {
      indentAfterMarker = 1;
    } else {
      indentAfterMarker = offset - initial;
    }
    if (indentAfterMarker > 4) {
      indentAfterMarker = 1;
    }
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) {
      token.info = state.src.slice(start, posAfterMarker - 1);
    }
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) {
      state.line = Math.min(state.line + 2, endLine);
    } else {
      state.md.block.tokenize(state, nextLine, endLine, true);
    }
    if (!state.tight || prevEmptyEnd) {
      tight = false;
    }
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) {
      break;
    }
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) {
      break;
    }
  }
  if (isOrdered) {
    token = state.push("ordered_list_close", "ol", -1);
  } else {
    token = state.push("bullet_list_close", "ul", -1);
  }
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) {
    markTightParagraphs(state, listTokIdx);
  }
  return true;
}

// node_modules/markdown-it/lib/rules_block/reference.mjs
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) {
      continue;
    }
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) {
    return -1;
  }
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) {
    isContinuation = true;
  }
  if (state.sCount[nextLine] < 0) {
    isContinuation = true;
  }
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    state.parentType = oldParentType;
    if (terminate) {
      return -1;
    }
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (src.charCodeAt(pos) !== 91) {
    return false;
  }
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) {
      return false;
    }
    let ch = src.charCodeAt(pos);
    if (ch === 91) {
      return false;
    }
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) {
      ch = src.charCodeAt(++pos);
    }
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        return false;
      }
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) {
    return false;
  }
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) {
    return false;
  }
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        break;
      }
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) {
      pos++;
    } else {
      break;
    }
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) {
    return false;
  }
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) {
    return false;
  }
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        break;
      }
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) {
      pos++;
    } else {
      break;
    }
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        const ch = src.charCodeAt(pos);
        if (!isSpace(ch)) {
          break;
        }
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    return false;
  }
  const label = normalizeReference(rawLabel);
  if (!label) {
    return false;
  }
  if (silent) {
    return true;
  }
  if (typeof state.env.references === "undefined") {
    state.env.references = {};
  }
  if (typeof state.env.references[label] === "undefined") {
    state.env.references[label] = { title, href };
  }
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/common/html_blocks.mjs
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];

// node_modules/markdown-it/lib/common/html_re.mjs
var attr_name = "[a-zA-Z_:][a-zA-Z0-9:._-]*";
var unquoted = "[^\"'=<>`\\x00-\\x20]+";
var single_quoted = "'[^']*'";
var double_quoted = '"[^"]*"';
var attr_value = "(?:" + unquoted + "|" + single_quoted + "|" + double_quoted + ")";
var attribute = "(?:\\s+" + attr_name + "(?:\\s*=\\s*" + attr_value + ")?)";
var open_tag = "<[A-Za-z][A-Za-z0-9\\-]*" + attribute + "*\\s*\\/?>";
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
var comment = "<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->";
var processing = "<[?][\\s\\S]*?[?]>";
var declaration = "<![A-Za-z][^>]*>";
var cdata = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
var HTML_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + "|" + comment + "|" + processing + "|" + declaration + "|" + cdata + ")");
var HTML_OPEN_CLOSE_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + ")");

// node_modules/markdown-it/lib/rules_block/html_block.mjs
var HTML_SEQUENCES = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp("^</?(" + html_blocks_default.join("|") + ")(?=(\\s|/?>|$))", "i"), /^$/, true],
  [new RegExp(HTML_OPEN_CLOSE_TAG_RE.source + "\\s*$"), /^$/, false]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (!state.md.options.html) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) {
    if (HTML_SEQUENCES[i][0].test(lineText)) {
      break;
    }
  }
  if (i === HTML_SEQUENCES.length) {
    return false;
  }
  if (silent) {
    return HTML_SEQUENCES[i][2];
  }
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine] < state.blkIndent) {
        if (endsOnBlankLine || !state.isEmpty(nextLine)) {
          break;
        }
      }
      pos = state.bMarks[nextLine] + state.tShift[nextLine];
      max = state.eMarks[nextLine];
      lineText = state.src.slice(pos, max);
      if (HTML_SEQUENCES[i][1].test(lineText)) {
        if (lineText.length !== 0) {
          nextLine++;
        }
        break;
      }
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}

// node_modules/markdown-it/lib/rules_block/heading.mjs
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) {
    return false;
  }
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) {
    return false;
  }
  if (silent) {
    return true;
  }
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) {
    max = tmp;
  }
  state.line = startLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = "########".slice(0, level);
  return true;
}

// node_modules/markdown-it/lib/rules_block/lheading.mjs
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/rules_block/paragraph.mjs
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/parser_block.mjs
var _rules2 = [
  // First 2 params - rule name & source. Secondary array - list of rules,
  // which can be terminated by this one.
  ["table", table, ["paragraph", "reference"]],
  ["code", code],
  ["fence", fence, ["paragraph", "reference", "blockquote", "list"]],
  ["blockquote", blockquote, ["paragraph", "reference", "blockquote", "list"]],
  ["hr", hr, ["paragraph", "reference", "blockquote", "list"]],
  ["list", list, ["paragraph", "reference", "blockquote"]],
  ["reference", reference],
  ["html_block", html_block, ["paragraph", "reference", "blockquote"]],
  ["heading", heading, ["paragraph", "reference", "blockquote"]],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
function ParserBlock() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules2.length; i++) {
    this.ruler.push(_rules2[i][0], _rules2[i][1], { alt: (_rules2[i][2] || []).slice() });
  }
}
ParserBlock.prototype.tokenize = function(state, startLine, endLine) {
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const maxNesting = state.md.options.maxNesting;
  let line = startLine;
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) {
      break;
    }
    if (state.sCount[line] < state.blkIndent) {
      break;
    }
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < len; i++) {
      ok = rules[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) {
          throw new Error("block rule didn't increment state.line");
        }
        break;
      }
    }
    if (!ok) throw new Error("none of the block rules matched");
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) {
      hasEmptyLines = true;
    }
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
};
ParserBlock.prototype.parse = function(src, md2, env, outTokens) {
  if (!src) {
    return;
  }
  const state = new this.State(src, md2, env, outTokens);
  this.tokenize(state, state.line, state.lineMax);
};
ParserBlock.prototype.State = state_block_default;
var parser_block_default = ParserBlock;

// node_modules/markdown-it/lib/rules_inline/state_inline.mjs
function StateInline(src, md2, env, outTokens) {
  this.src = src;
  this.env = env;
  this.md = md2;
  this.tokens = outTokens;
  this.tokens_meta = Array(outTokens.length);
  this.pos = 0;
  this.posMax = this.src.length;
  this.level = 0;
  this.pending = "";
  this.pendingLevel = 0;
  this.cache = {};
  this.delimiters = [];
  this._prev_delimiters = [];
  this.backticks = {};
  this.backticksScanned = false;
  this.skipHtmlSpecial = false;
  this.linkLevel = 0;
}
StateInline.prototype.pushPending = function() {
  const token = new token_default("text", "", 0);
  token.content = this.pending;
  token.level = this.pendingLevel;
  this.tokens.push(token);
  this.pending = "";
  return token;
};
StateInline.prototype.push = function(type, tag, nesting) {
  if (this.pending) {
    this.pushPending();
  }
  const token = new token_default(type, tag, nesting);
  let token_meta = null;
  if (nesting < 0) {
    this.level--;
    this.delimiters = this._prev_delimiters.pop();
  }
  token.level = this.level;
  if (nesting > 0) {
    this.level++;
    this._prev_delimiters.push(this.delimiters);
    this.delimiters = [];
    token_meta = { delimiters: this.delimiters };
  }
  this.pendingLevel = this.level;
  this.tokens.push(token);
  this.tokens_meta.push(token_meta);
  return token;
};
StateInline.prototype.scanDelims = function(start, canSplitWord) {
  const max = this.posMax;
  const marker = this.src.charCodeAt(start);
  let lastChar;
  if (start === 0) {
    lastChar = 32;
  } else if (start === 1) {
    lastChar = this.src.charCodeAt(0);
    if ((lastChar & 63488) === 55296) {
      lastChar = 65533;
    }
  } else {
    lastChar = this.src.charCodeAt(start - 1);
    if ((lastChar & 64512) === 56320) {
      const highSurr = this.src.charCodeAt(start - 2);
      lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
    } else if ((lastChar & 64512) === 55296) {
      lastChar = 65533;
    }
  }
  let pos = start;
  while (pos < max && this.src.charCodeAt(pos) === marker) {
    pos++;
  }
  const count = pos - start;
  let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
  if ((nextChar & 64512) === 55296) {
    const lowSurr = this.src.charCodeAt(pos + 1);
    nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
  } else if ((nextChar & 64512) === 56320) {
    nextChar = 65533;
  }
  const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
  const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
  const isLastWhiteSpace = isWhiteSpace(lastChar);
  const isNextWhiteSpace = isWhiteSpace(nextChar);
  const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
  const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
  const can_open = left_flanking && (canSplitWord || !right_flanking || isLastPunctChar);
  const can_close = right_flanking && (canSplitWord || !left_flanking || isNextPunctChar);
  return { can_open, can_close, length: count };
};
StateInline.prototype.Token = token_default;
var state_inline_default = StateInline;

// node_modules/markdown-it/lib/rules_inline/text.mjs
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) {
    pos++;
  }
  if (pos === state.pos) {
    return false;
  }
  if (!silent) {
    state.pending += state.src.slice(state.pos, pos);
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/linkify.mjs
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify2(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) {
    protoStart--;
  }
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) {
    urlEnd--;
  }
  if (urlEnd !== url.length) {
    url = url.slice(0, urlEnd);
  }
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/newline.mjs
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) {
    return false;
  }
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else {
      state.push("softbreak", "br", 0);
    }
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) {
    pos++;
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/escape.mjs
var ESCAPED = [];
for (let i = 0; i < 256; i++) {
  ESCAPED.push(0);
}
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape2(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) {
      state.push("hardbreak", "br", 0);
    }
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) {
      token.content = escapedStr;
    } else {
      token.content = origStr;
    }
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/backticks.mjs
function backtick(state, silent) {
  let pos = state.pos;
  const ch = state.src.charCodeAt(pos);
  if (ch !== 96) {
    return false;
  }
  const start = pos;
  pos++;
  const max = state.posMax;
  while (pos < max && state.src.charCodeAt(pos) === 96) {
    pos++;
  }
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (state.backticksScanned && (state.backticks[openerLength] || 0) <= start) {
    if (!silent) state.pending += marker;
    state.pos += openerLength;
    return true;
  }
  let matchEnd = pos;
  let matchStart;
  while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1) {
    matchEnd = matchStart + 1;
    while (matchEnd < max && state.src.charCodeAt(matchEnd) === 96) {
      matchEnd++;
    }
    const closerLength = matchEnd - matchStart;
    if (closerLength === openerLength) {
      if (!silent) {
        const token = state.push("code_inline", "code", 0);
        token.markup = marker;
        token.content = state.src.slice(pos, matchStart).replace(/\n/g, " ").replace(/^ (.+) $/, "$1");
      }
      state.pos = matchEnd;
      return true;
    }
    state.backticks[closerLength] = matchStart;
  }
  state.backticksScanned = true;
  if (!silent) state.pending += marker;
  state.pos += openerLength;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/strikethrough.mjs
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 126) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) {
    return false;
  }
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      // disable "rule of 3" length checks meant for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") {
      loneMarkers.push(endDelim.token - 1);
    }
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") {
      j++;
    }
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess(state, tokens_meta[curr].delimiters);
    }
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};

// node_modules/markdown-it/lib/rules_inline/emphasis.mjs
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 95 && marker !== 42) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      // Char code of the starting marker (number).
      //
      marker,
      // Total length of these series of delimiters.
      //
      length: scanned.length,
      // A position of the token this delimiter corresponds to.
      //
      token: state.tokens.length - 1,
      // If this delimiter is matched as a valid opener, `end` will be
      // equal to its position, otherwise it's `-1`.
      //
      end: -1,
      // Boolean flags that determine if this delimiter could open or close
      // an emphasis.
      //
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess2(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && // check that first two markers match and adjacent
    delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && // check that last two markers are adjacent (we can safely assume they match)
    delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess2(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess2(state, tokens_meta[curr].delimiters);
    }
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};

// node_modules/markdown-it/lib/rules_inline/link.mjs
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) {
    return false;
  }
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) {
    return false;
  }
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) {
            break;
          }
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      parseReference = true;
    }
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label) {
      label = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) {
      attrs.push(["title", title]);
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/image.mjs
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) {
    return false;
  }
  if (state.src.charCodeAt(state.pos + 1) !== 91) {
    return false;
  }
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) {
    return false;
  }
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
    } else {
      title = "";
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label) {
      label = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(
      content,
      state.md,
      state.env,
      tokens
    );
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) {
      attrs.push(["title", title]);
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/autolink.mjs
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink("mailto:" + url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/html_inline.mjs
function isLinkOpen2(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose2(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) {
      return pos + 5;
    }
    if (src.startsWith("->", pos + 4)) {
      return pos + 6;
    }
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else {
    return -1;
  }
  if (state.skipHtmlSpecial) {
    return -1;
  }
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) {
    return false;
  }
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) {
    return false;
  }
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) {
    end = scanSpecial(state, pos);
  } else if (ch === 47 || isLetter(ch)) {
    const match2 = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match2 ? pos + match2[0].length : -1;
  } else {
    return false;
  }
  if (end < 0) {
    return false;
  }
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen2(token.content)) state.linkLevel++;
    if (isLinkClose2(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/entity.mjs
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 35) {
    const match2 = state.src.slice(pos).match(DIGITAL_RE);
    if (match2) {
      if (!silent) {
        const code2 = match2[1][0].toLowerCase() === "x" ? parseInt(match2[1].slice(1), 16) : parseInt(match2[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint2(code2) : fromCodePoint2(65533);
        token.markup = match2[0];
        token.info = "entity";
      }
      state.pos += match2[0].length;
      return true;
    }
  } else {
    const match2 = state.src.slice(pos).match(NAMED_RE);
    if (match2) {
      const decoded = decodeHTMLStrict(match2[0]);
      if (decoded !== match2[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match2[0];
          token.info = "entity";
        }
        state.pos += match2[0].length;
        return true;
      }
    }
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/balance_pairs.mjs
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) {
      headerIdx = closerIdx;
    }
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) {
      openersBottom[closer.marker] = [-1, -1, -1, -1, -1, -1];
    }
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) {
              isOddMatch = true;
            }
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) {
      openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
    }
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      processDelimiters(tokens_meta[curr].delimiters);
    }
  }
}

// node_modules/markdown-it/lib/rules_inline/fragments_join.mjs
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
      tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    } else {
      if (curr !== last) {
        tokens[last] = tokens[curr];
      }
      last++;
    }
  }
  if (curr !== last) {
    tokens.length = last;
  }
}

// node_modules/markdown-it/lib/parser_inline.mjs
var _rules3 = [
  ["text", text],
  ["linkify", linkify2],
  ["newline", newline],
  ["escape", escape2],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules22 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  // rules for pairs separate '**' into its own text tokens, which may be left unused,
  // rule below merges unused segments back with the rest of the text
  ["fragments_join", fragments_join]
];
function ParserInline() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules3.length; i++) {
    this.ruler.push(_rules3[i][0], _rules3[i][1]);
  }
  this.ruler2 = new ruler_default();
  for (let i = 0; i < _rules22.length; i++) {
    this.ruler2.push(_rules22[i][0], _rules22[i][1]);
  }
}
ParserInline.prototype.skipToken = function(state) {
  const pos = state.pos;
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const maxNesting = state.md.options.maxNesting;
  const cache = state.cache;
  if (typeof cache[pos] !== "undefined") {
    state.pos = cache[pos];
    return;
  }
  let ok = false;
  if (state.level < maxNesting) {
    for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) {
          throw new Error("inline rule didn't increment state.pos");
        }
        break;
      }
    }
  } else {
    state.pos = state.posMax;
  }
  if (!ok) {
    state.pos++;
  }
  cache[pos] = state.pos;
};
ParserInline.prototype.tokenize = function(state) {
  const rules = this.ruler.getRules("");
  const len = rules.length;
  const end = state.posMax;
  const maxNesting = state.md.options.maxNesting;
  while (state.pos < end) {
    const prevPos = state.pos;
    let ok = false;
    if (state.level < maxNesting) {
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) {
            throw new Error("inline rule didn't increment state.pos");
          }
          break;
        }
      }
    }
    if (ok) {
      if (state.pos >= end) {
        break;
      }
      continue;
    }
    state.pending += state.src[state.pos++];
  }
  if (state.pending) {
    state.pushPending();
  }
};
ParserInline.prototype.parse = function(str, md2, env, outTokens) {
  const state = new this.State(str, md2, env, outTokens);
  this.tokenize(state);
  const rules = this.ruler2.getRules("");
  const len = rules.length;
  for (let i = 0; i < len; i++) {
    rules[i](state);
  }
};
ParserInline.prototype.State = state_inline_default;
var parser_inline_default = ParserInline;

// node_modules/linkify-it/lib/re.mjs
function re_default(opts) {
  const re = {};
  opts = opts || {};
  re.src_Any = regex_default.source;
  re.src_Cc = regex_default2.source;
  re.src_Z = regex_default6.source;
  re.src_P = regex_default4.source;
  re.src_ZPCc = [re.src_Z, re.src_P, re.src_Cc].join("|");
  re.src_ZCc = [re.src_Z, re.src_Cc].join("|");
  const text_separators = "[><\uFF5C]";
  re.src_pseudo_letter = `(?:(?!${text_separators}|${re.src_ZPCc})${re.src_Any})`;
  re.src_ip4 = "(?:(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)";
  re.src_auth = `(?:(?:(?!${re.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`;
  re.src_port = "(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?";
  re.src_host_terminator = `(?=$|${text_separators}|${re.src_ZPCc})(?!${opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${re.src_ZPCc}))`;
  re.src_path = `(?:[/?#](?:(?!${re.src_ZCc}|${text_separators}|[()[\\]{}.,"'?!\\-;]).|\\[(?:(?!${re.src_ZCc}|\\]).)*\\]|\\((?:(?!${re.src_ZCc}|[)]).)*\\)|\\{(?:(?!${re.src_ZCc}|[}]).)*\\}|\\"(?:(?!${re.src_ZCc}|["]).)+\\"|\\'(?:(?!${re.src_ZCc}|[']).)+\\'|\\'(?=${re.src_pseudo_letter}|[-])|\\.{2,}[a-zA-Z0-9%/&]|\\.(?!${re.src_ZCc}|[.]|$)|` + (opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-*)|" : "\\-+|") + // allow `,,,` in paths
  `,(?!${re.src_ZCc}|$)|;(?!${re.src_ZCc}|$)|\\!+(?!${re.src_ZCc}|[!]|$)|\\?(?!${re.src_ZCc}|[?]|$))+|\\/)?`;
  re.src_email_name = '[\\-;:&=\\+\\$,\\.a-zA-Z0-9_][\\-;:&=\\+\\$,\\"\\.a-zA-Z0-9_]{0,63}';
  re.src_xn = "xn--[a-z0-9\\-]{1,59}";
  re.src_domain_root = // Allow letters & digits (http://test1)
  "(?:" + re.src_xn + `|${re.src_pseudo_letter}{1,63})`;
  re.src_domain = "(?:" + re.src_xn + `|(?:${re.src_pseudo_letter})|(?:${re.src_pseudo_letter}(?:-|${re.src_pseudo_letter}){0,61}${re.src_pseudo_letter}))`;
  re.src_host = `(?:(?:(?:(?:${re.src_domain})\\.)*${re.src_domain}))`;
  re.tpl_host_fuzzy = "(?:" + re.src_ip4 + `|(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%)))`;
  re.tpl_host_no_ip_fuzzy = `(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%))`;
  re.src_host_strict = re.src_host + re.src_host_terminator;
  re.tpl_host_fuzzy_strict = re.tpl_host_fuzzy + re.src_host_terminator;
  re.src_host_port_strict = re.src_host + re.src_port + re.src_host_terminator;
  re.tpl_host_port_fuzzy_strict = re.tpl_host_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_port_no_ip_fuzzy_strict = re.tpl_host_no_ip_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_fuzzy_test = `localhost|www\\.|\\.\\d{1,3}\\.|(?:\\.(?:%TLDS%)(?:${re.src_ZPCc}|>|$))`;
  re.tpl_email_fuzzy = `(^|${text_separators}|"|\\(|${re.src_ZCc})(${re.src_email_name}@${re.tpl_host_fuzzy_strict})`;
  re.tpl_link_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${re.src_ZPCc}))((?![$+<=>^\`|\uFF5C])${re.tpl_host_port_fuzzy_strict}${re.src_path})`;
  re.tpl_link_no_ip_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${re.src_ZPCc}))((?![$+<=>^\`|\uFF5C])${re.tpl_host_port_no_ip_fuzzy_strict}${re.src_path})`;
  return re;
}

// node_modules/linkify-it/index.mjs
function assign2(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function _class2(obj) {
  return Object.prototype.toString.call(obj);
}
function isString2(obj) {
  return _class2(obj) === "[object String]";
}
function isObject(obj) {
  return _class2(obj) === "[object Object]";
}
function isRegExp(obj) {
  return _class2(obj) === "[object RegExp]";
}
function isFunction(obj) {
  return _class2(obj) === "[object Function]";
}
function escapeRE2(str) {
  return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
}
var defaultOptions = {
  fuzzyLink: true,
  fuzzyEmail: true,
  fuzzyIP: false
};
function isOptionsObj(obj) {
  return Object.keys(obj || {}).reduce(function(acc, k) {
    return acc || defaultOptions.hasOwnProperty(k);
  }, false);
}
var defaultSchemas = {
  "http:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.http) {
        self.re.http = new RegExp(
          `^\\/\\/${self.re.src_auth}${self.re.src_host_port_strict}${self.re.src_path}`,
          "i"
        );
      }
      if (self.re.http.test(tail)) {
        return tail.match(self.re.http)[0].length;
      }
      return 0;
    }
  },
  "https:": "http:",
  "ftp:": "http:",
  "//": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.no_http) {
        self.re.no_http = new RegExp(
          "^" + self.re.src_auth + // Don't allow single-level domains, because of false positives like '//test'
          // with code comments
          `(?:localhost|(?:(?:${self.re.src_domain})\\.)+${self.re.src_domain_root})` + self.re.src_port + self.re.src_host_terminator + self.re.src_path,
          "i"
        );
      }
      if (self.re.no_http.test(tail)) {
        if (pos >= 3 && text2[pos - 3] === ":") {
          return 0;
        }
        if (pos >= 3 && text2[pos - 3] === "/") {
          return 0;
        }
        return tail.match(self.re.no_http)[0].length;
      }
      return 0;
    }
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.mailto) {
        self.re.mailto = new RegExp(
          `^${self.re.src_email_name}@${self.re.src_host_strict}`,
          "i"
        );
      }
      if (self.re.mailto.test(tail)) {
        return tail.match(self.re.mailto)[0].length;
      }
      return 0;
    }
  }
};
var tlds_2ch_src_re = "a[cdefgilmnoqrstuwxz]|b[abdefghijmnorstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[cegrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdeghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|r[eosuw]|s[abcdeghijklmnortuvxyz]|t[cdfghjklmnortvwz]|u[agksyz]|v[aceginu]|w[fs]|y[et]|z[amw]";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444".split("|");
function createValidator(re) {
  return function(text2, pos) {
    const tail = text2.slice(pos);
    if (re.test(tail)) {
      return tail.match(re)[0].length;
    }
    return 0;
  };
}
function createNormalizer() {
  return function(match2, self) {
    self.normalize(match2);
  };
}
function compile(self) {
  const re = self.re = re_default(self.__opts__);
  const tlds2 = self.__tlds__.slice();
  self.onCompile();
  if (!self.__tlds_replaced__) {
    tlds2.push(tlds_2ch_src_re);
  }
  tlds2.push(re.src_xn);
  re.src_tlds = tlds2.join("|");
  function untpl(tpl) {
    return tpl.replace("%TLDS%", re.src_tlds);
  }
  re.email_fuzzy = RegExp(untpl(re.tpl_email_fuzzy), "i");
  re.email_fuzzy_global = RegExp(untpl(re.tpl_email_fuzzy), "ig");
  re.link_fuzzy = RegExp(untpl(re.tpl_link_fuzzy), "i");
  re.link_fuzzy_global = RegExp(untpl(re.tpl_link_fuzzy), "ig");
  re.link_no_ip_fuzzy = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "i");
  re.link_no_ip_fuzzy_global = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "ig");
  re.host_fuzzy_test = RegExp(untpl(re.tpl_host_fuzzy_test), "i");
  const aliases = [];
  self.__compiled__ = {};
  function schemaError(name, val) {
    throw new Error(`(LinkifyIt) Invalid schema "${name}": ${val}`);
  }
  Object.keys(self.__schemas__).forEach(function(name) {
    const val = self.__schemas__[name];
    if (val === null) {
      return;
    }
    const compiled = { validate: null, link: null };
    self.__compiled__[name] = compiled;
    if (isObject(val)) {
      if (isRegExp(val.validate)) {
        compiled.validate = createValidator(val.validate);
      } else if (isFunction(val.validate)) {
        compiled.validate = val.validate;
      } else {
        schemaError(name, val);
      }
      if (isFunction(val.normalize)) {
        compiled.normalize = val.normalize;
      } else if (!val.normalize) {
        compiled.normalize = createNormalizer();
      } else {
        schemaError(name, val);
      }
      return;
    }
    if (isString2(val)) {
      aliases.push(name);
      return;
    }
    schemaError(name, val);
  });
  aliases.forEach(function(alias) {
    if (!self.__compiled__[self.__schemas__[alias]]) {
      return;
    }
    self.__compiled__[alias].validate = self.__compiled__[self.__schemas__[alias]].validate;
    self.__compiled__[alias].normalize = self.__compiled__[self.__schemas__[alias]].normalize;
  });
  self.__compiled__[""] = { validate: null, normalize: createNormalizer() };
  const slist = Object.keys(self.__compiled__).filter(function(name) {
    return name.length > 0 && self.__compiled__[name];
  }).map(escapeRE2).join("|");
  self.re.schema_test = RegExp(`(^|(?!_)(?:[><\uFF5C]|${re.src_ZPCc}))(${slist})`, "i");
  self.re.schema_search = RegExp(`(^|(?!_)(?:[><\uFF5C]|${re.src_ZPCc}))(${slist})`, "ig");
  self.re.schema_at_start = RegExp(`^${self.re.schema_search.source}`, "i");
  self.re.pretest = RegExp(
    `(${self.re.schema_test.source})|(${self.re.host_fuzzy_test.source})|@`,
    "i"
  );
}
function Match(text2, schema, index, lastIndex) {
  const raw = text2.slice(index, lastIndex);
  this.schema = schema.toLowerCase();
  this.index = index;
  this.lastIndex = lastIndex;
  this.raw = raw;
  this.text = raw;
  this.url = raw;
}
function LinkifyIt(schemas, options) {
  if (!(this instanceof LinkifyIt)) {
    return new LinkifyIt(schemas, options);
  }
  if (!options) {
    if (isOptionsObj(schemas)) {
      options = schemas;
      schemas = {};
    }
  }
  this.__opts__ = assign2({}, defaultOptions, options);
  this.__schemas__ = assign2({}, defaultSchemas, schemas);
  this.__compiled__ = {};
  this.__tlds__ = tlds_default;
  this.__tlds_replaced__ = false;
  this.re = {};
  compile(this);
}
LinkifyIt.prototype.add = function add(schema, definition) {
  this.__schemas__[schema] = definition;
  compile(this);
  return this;
};
LinkifyIt.prototype.set = function set(options) {
  this.__opts__ = assign2(this.__opts__, options);
  return this;
};
LinkifyIt.prototype.test = function test(text2) {
  if (!text2.length) {
    return false;
  }
  let m, re;
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      if (this.testSchemaAt(text2, m[2], re.lastIndex)) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    if (text2.search(this.re.host_fuzzy_test) >= 0) {
      if (text2.match(this.__opts__.fuzzyIP ? this.re.link_fuzzy : this.re.link_no_ip_fuzzy) !== null) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    if (text2.indexOf("@") >= 0) {
      if (text2.match(this.re.email_fuzzy) !== null) {
        return true;
      }
    }
  }
  return false;
};
LinkifyIt.prototype.pretest = function pretest(text2) {
  return this.re.pretest.test(text2);
};
LinkifyIt.prototype.testSchemaAt = function testSchemaAt(text2, schema, pos) {
  if (!this.__compiled__[schema.toLowerCase()]) {
    return 0;
  }
  return this.__compiled__[schema.toLowerCase()].validate(text2, pos, this);
};
LinkifyIt.prototype.match = function match(text2) {
  const result = [];
  const type_schemed = [];
  const type_fuzzy_link = [];
  const type_fuzzy_email = [];
  let m, len, re;
  function choose(a, b) {
    if (!a) {
      return b;
    }
    if (!b) {
      return a;
    }
    if (a.index !== b.index) {
      return a.index < b.index ? a : b;
    }
    return a.lastIndex >= b.lastIndex ? a : b;
  }
  if (!text2.length) {
    return null;
  }
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      len = this.testSchemaAt(text2, m[2], re.lastIndex);
      if (len) {
        type_schemed.push({
          schema: m[2],
          index: m.index + m[1].length,
          lastIndex: m.index + m[0].length + len
        });
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    re = this.__opts__.fuzzyIP ? this.re.link_fuzzy_global : this.re.link_no_ip_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_link.push({
        schema: "",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    re = this.re.email_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_email.push({
        schema: "mailto:",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  const indexes = [0, 0, 0];
  let lastIndex = 0;
  for (; ; ) {
    const candidates = [
      type_schemed[indexes[0]],
      type_fuzzy_email[indexes[1]],
      type_fuzzy_link[indexes[2]]
    ];
    const candidate = choose(choose(candidates[0], candidates[1]), candidates[2]);
    if (!candidate) {
      break;
    }
    if (candidate === candidates[0]) {
      indexes[0]++;
    } else if (candidate === candidates[1]) {
      indexes[1]++;
    } else {
      indexes[2]++;
    }
    if (candidate.index < lastIndex) {
      continue;
    }
    const match2 = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
    this.__compiled__[match2.schema].normalize(match2, this);
    result.push(match2);
    lastIndex = candidate.lastIndex;
  }
  if (result.length) {
    return result;
  }
  return null;
};
LinkifyIt.prototype.matchAtStart = function matchAtStart(text2) {
  if (!text2.length) return null;
  const m = this.re.schema_at_start.exec(text2);
  if (!m) return null;
  const len = this.testSchemaAt(text2, m[2], m[0].length);
  if (!len) return null;
  const match2 = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
  this.__compiled__[match2.schema].normalize(match2, this);
  return match2;
};
LinkifyIt.prototype.tlds = function tlds(list2, keepOld) {
  list2 = Array.isArray(list2) ? list2 : [list2];
  if (!keepOld) {
    this.__tlds__ = list2.slice();
    this.__tlds_replaced__ = true;
    compile(this);
    return this;
  }
  this.__tlds__ = this.__tlds__.concat(list2).sort().filter(function(el, idx, arr) {
    return el !== arr[idx - 1];
  }).reverse();
  compile(this);
  return this;
};
LinkifyIt.prototype.normalize = function normalize2(match2) {
  if (!match2.schema) {
    match2.url = `http://${match2.url}`;
  }
  if (match2.schema === "mailto:" && !/^mailto:/i.test(match2.url)) {
    match2.url = `mailto:${match2.url}`;
  }
};
LinkifyIt.prototype.onCompile = function onCompile() {
};
var linkify_it_default = LinkifyIt;

// node_modules/markdown-it/lib/index.mjs
var import_punycode = __toESM(require_punycode(), 1);

// node_modules/markdown-it/lib/presets/default.mjs
var default_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 100
  },
  components: {
    core: {},
    block: {},
    inline: {}
  }
};

// node_modules/markdown-it/lib/presets/zero.mjs
var zero_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "text"
      ],
      rules2: [
        "balance_pairs",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/presets/commonmark.mjs
var commonmark_default = {
  options: {
    // Enable HTML tags in source
    html: true,
    // Use '/' to close single tags (<br />)
    xhtmlOut: true,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "\u201C\u201D\u2018\u2019",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "autolink",
        "backticks",
        "emphasis",
        "entity",
        "escape",
        "html_inline",
        "image",
        "link",
        "newline",
        "text"
      ],
      rules2: [
        "balance_pairs",
        "emphasis",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/index.mjs
var config = {
  default: default_default,
  zero: zero_default,
  commonmark: commonmark_default
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
function validateLink(url) {
  const str = url.trim().toLowerCase();
  return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
}
var RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];
function normalizeLink(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return encode_default(format(parsed));
}
function normalizeLinkText(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return decode_default(format(parsed), decode_default.defaultChars + "%");
}
function MarkdownIt(presetName, options) {
  if (!(this instanceof MarkdownIt)) {
    return new MarkdownIt(presetName, options);
  }
  if (!options) {
    if (!isString(presetName)) {
      options = presetName || {};
      presetName = "default";
    }
  }
  this.inline = new parser_inline_default();
  this.block = new parser_block_default();
  this.core = new parser_core_default();
  this.renderer = new renderer_default();
  this.linkify = new linkify_it_default();
  this.validateLink = validateLink;
  this.normalizeLink = normalizeLink;
  this.normalizeLinkText = normalizeLinkText;
  this.utils = utils_exports;
  this.helpers = assign({}, helpers_exports);
  this.options = {};
  this.configure(presetName);
  if (options) {
    this.set(options);
  }
}
MarkdownIt.prototype.set = function(options) {
  assign(this.options, options);
  return this;
};
MarkdownIt.prototype.configure = function(presets) {
  const self = this;
  if (isString(presets)) {
    const presetName = presets;
    presets = config[presetName];
    if (!presets) {
      throw new Error('Wrong `markdown-it` preset "' + presetName + '", check name');
    }
  }
  if (!presets) {
    throw new Error("Wrong `markdown-it` preset, can't be empty");
  }
  if (presets.options) {
    self.set(presets.options);
  }
  if (presets.components) {
    Object.keys(presets.components).forEach(function(name) {
      if (presets.components[name].rules) {
        self[name].ruler.enableOnly(presets.components[name].rules);
      }
      if (presets.components[name].rules2) {
        self[name].ruler2.enableOnly(presets.components[name].rules2);
      }
    });
  }
  return this;
};
MarkdownIt.prototype.enable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.enable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.enable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to enable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.disable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.disable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.disable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to disable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.use = function(plugin) {
  const args = [this].concat(Array.prototype.slice.call(arguments, 1));
  plugin.apply(plugin, args);
  return this;
};
MarkdownIt.prototype.parse = function(src, env) {
  if (typeof src !== "string") {
    throw new Error("Input data should be a String");
  }
  const state = new this.core.State(src, this, env);
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.render = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parse(src, env), this.options, env);
};
MarkdownIt.prototype.parseInline = function(src, env) {
  const state = new this.core.State(src, this, env);
  state.inlineMode = true;
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.renderInline = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parseInline(src, env), this.options, env);
};
var lib_default = MarkdownIt;

// server/src/engine/parse/blocks.ts
var md = new lib_default("commonmark");
function inlineContent(tokens, i) {
  const inline2 = tokens[i + 1];
  return inline2 && inline2.type === "inline" ? inline2.content : "";
}
function mayHoldLabel(content) {
  return content.includes(":") || content.startsWith("**") || content.startsWith("__");
}
function normalized(text2) {
  const lines = text2.includes("\r") ? text2.replace(/\r\n?/g, "\n") : text2;
  return lines.includes("\0") ? lines.replace(/\0/g, "\uFFFD") : lines;
}
function blocksOf(body) {
  const tokens = [];
  md.block.parse(normalized(body), md, {}, tokens);
  const blocks = { headings: [], paragraphs: [], html: [] };
  let listItemDepth = 0;
  let firstInItem = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "list_item_open") {
      listItemDepth++;
      firstInItem = true;
      continue;
    }
    if (t.type === "list_item_close") {
      listItemDepth--;
      continue;
    }
    if (!t.map) continue;
    const line = t.map[0];
    if (t.type === "heading_open") {
      blocks.headings.push({ level: Number(t.tag.slice(1)), content: inlineContent(tokens, i), line, endLine: t.map[1] });
    } else if (t.type === "paragraph_open") {
      const content = inlineContent(tokens, i);
      if (mayHoldLabel(content)) blocks.paragraphs.push({ content, line, firstInListItem: listItemDepth > 0 && firstInItem });
      firstInItem = false;
    } else if (t.type === "html_block") {
      if (t.content.includes("<!--")) blocks.html.push({ content: t.content, line });
      firstInItem = false;
    } else if (t.type !== "bullet_list_open" && t.type !== "ordered_list_open") {
      firstInItem = false;
    }
  }
  return blocks;
}

// server/src/engine/parse/labels.ts
var BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)(?:\s*:\s*\1|\1\s*:)[ \t]*(.*)$/;
var BOLD_LINE = /^(\*\*|__)([^*_\n:]{1,80}?)\1\s*$/;
var LIST_LABEL = /^([^:\n`<>[\]()]{1,60}?)\s*:(?:[ \t]+(.*))?$/;
var MAX_LABEL_WORDS = 7;
function firstLineOf2(text2) {
  const nl = text2.indexOf("\n");
  return nl < 0 ? text2 : text2.slice(0, nl);
}
function labelOf(paragraph2, line, index, inListItem) {
  const firstLine2 = firstLineOf2(paragraph2);
  const bold = BOLD_LABEL.exec(firstLine2) ?? BOLD_LINE.exec(firstLine2);
  let found = bold ? { name: bold[2], rest: bold[3] ?? "", source: "bold-label" } : void 0;
  if (!found && inListItem) {
    const list2 = LIST_LABEL.exec(firstLine2);
    if (list2 && !/https?$|^\s*$/.test(list2[1])) found = { name: list2[1], rest: list2[2] ?? "", source: "list-label" };
  }
  if (!found || found.name.trim().split(/\s+/).length > MAX_LABEL_WORDS) return void 0;
  const indent = Math.max(0, index.line(line).indexOf(firstLine2.slice(0, 8)));
  return {
    name: found.name.trim(),
    rest: found.rest,
    line,
    source: found.source,
    range: { start: { line, character: indent }, end: { line, character: indent + firstLine2.length } }
  };
}
function plainStatusLines(paragraph2, firstLine2, index) {
  const out = [];
  paragraph2.split("\n").forEach((text2, k) => {
    const colon = text2.indexOf(":");
    if (colon < 0 || colon + 1 < text2.length && text2[colon + 1] !== " " && text2[colon + 1] !== "	") return;
    const m = LIST_LABEL.exec(text2.trim());
    if (!m || !isStatusLabel(m[1])) return;
    const line = firstLine2 + k;
    out.push({ name: m[1].trim(), rest: m[2] ?? "", line, source: "list-label", range: index.lineRange(line) });
  });
  return out;
}
function commentsIn(content, firstLine2, index) {
  const out = [];
  let line = firstLine2;
  let counted = 0;
  for (let open = content.indexOf("<!--"); open >= 0; ) {
    const close = content.indexOf("-->", open + 4);
    if (close < 0) break;
    for (; counted < open; counted++) if (content.charCodeAt(counted) === 10) line++;
    out.push({ text: content.slice(open + 4, close), line, range: index.lineRange(line) });
    open = content.indexOf("<!--", close + 3);
  }
  return out;
}

// server/src/engine/parse/sections.ts
var CODE_LABEL = /^\s*(?:`[^`]*`|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*(?:\(\))?)\s*$/;
function conceptsOf(label, matcher) {
  if (CODE_LABEL.test(label)) return { concepts: [] };
  const concepts = matcher.match(label);
  return concepts.length > 0 && matcher.genericWord(label) !== void 0 ? { concepts, generic: true } : { concepts };
}
function headingSections(headings, index, matcher) {
  const ends = headings.map(() => index.lineCount);
  const open = [];
  headings.forEach((h, k) => {
    while (open.length > 0 && headings[open[open.length - 1]].level >= h.level) ends[open.pop()] = h.line;
    open.push(k);
  });
  return headings.map((h, k) => ({
    label: h.text,
    source: "heading",
    level: h.level,
    labelRange: h.range,
    bodyStart: h.endLine,
    bodyEnd: ends[k],
    body: index.slice(h.endLine, ends[k]),
    ...conceptsOf(h.text, matcher)
  }));
}
function labelSections(labels, headings, index, matcher) {
  const headingLines = headings.map((h) => h.line);
  const boundaries = [...headingLines, ...labels.map((l) => l.line)].sort((a, b) => a - b);
  return labels.map((l) => {
    const nextHeading = firstAbove(headingLines, l.line);
    const limit = nextHeading < headingLines.length ? headingLines[nextHeading] : index.lineCount;
    const nextBoundary = firstAbove(boundaries, l.line);
    const bodyEnd = nextBoundary < boundaries.length ? Math.min(boundaries[nextBoundary], limit) : limit;
    const rest = index.slice(l.line + 1, bodyEnd);
    return {
      label: l.name,
      source: l.source,
      level: 7,
      labelRange: l.range,
      bodyStart: l.line,
      bodyEnd,
      body: l.rest.length === 0 ? rest : rest.length === 0 ? l.rest : `${l.rest}
${rest}`,
      ...conceptsOf(l.name, matcher)
    };
  });
}
function firstAbove(sorted, after) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// server/src/engine/parse/yamlRecord.ts
function keyToWords(key) {
  return key.replace(/([a-z\d])([A-Z])/g, "$1 $2").replace(/[_\-.]+/g, " ");
}
function entriesToSections(entries2, source, matcher) {
  return entries2.map((e) => ({
    label: e.key,
    source,
    level: 7,
    labelRange: e.keyRange,
    bodyStart: e.line,
    bodyEnd: Math.max(e.line + 1, e.endLine),
    body: e.text,
    ...conceptsOf(keyToWords(e.key), matcher)
  }));
}
var COMMENT_LINE = /^\s*#(.*)$/;
function keysAsFrontMatter(yaml, index) {
  return { data: dataOf(yaml.entries), keyLines: new Map(yaml.entries.map((e) => [e.key, e.line])), range: index.lineRange(0) };
}
function parseYamlRecord(index, matcher) {
  const text2 = index.text;
  const doc = { format: "yaml", text: text2, lineCount: index.lineCount, sections: [], comments: [], parseErrors: [] };
  const yaml = readYamlMap(text2, 0, index);
  if (yaml.error) doc.parseErrors.push({ where: "record", problem: yaml.error.problem, range: index.lineRange(yaml.error.line) });
  if (yaml.notAMap) doc.parseErrors.push({ where: "record", problem: { notAMap: true }, range: index.lineRange(0) });
  doc.sections = entriesToSections(yaml.entries, "yaml-key", matcher);
  doc.frontMatter = keysAsFrontMatter(yaml, index);
  const { data, keyLines } = doc.frontMatter;
  const titleKey = ["title", "name"].find((k) => typeof data[k] === "string");
  if (titleKey) doc.title = { text: String(data[titleKey]), range: index.lineRange(keyLines.get(titleKey) ?? 0) };
  for (let n = 0; n < index.lineCount; n++) {
    const m = COMMENT_LINE.exec(index.line(n));
    if (m) doc.comments.push({ text: m[1], line: n, range: index.lineRange(n) });
  }
  return doc;
}

// server/src/engine/parse/markdown.ts
var byLine = (a, b) => a.labelRange.start.line - b.labelRange.start.line;
function parseMarkdown(index, matcher) {
  const text2 = index.text;
  const doc = { format: "markdown", text: text2, lineCount: index.lineCount, sections: [], comments: [], parseErrors: [] };
  let bodyStart = 0;
  const fm = readFrontMatter(index);
  if (fm && "unclosed" in fm) {
    doc.parseErrors.push({ where: "front-matter", problem: { unclosed: true }, range: index.lineRange(0) });
  } else if (fm) {
    doc.frontMatter = fm.frontMatter;
    bodyStart = fm.bodyStart;
    const error = fm.frontMatter.error;
    if (error) doc.parseErrors.push({ where: "front-matter", problem: error.problem, range: index.lineRange(error.line) });
    doc.sections = entriesToSections(fm.entries, "front-matter", matcher).sort(byLine);
  }
  const body = bodyStart > 0 ? text2.slice(index.starts[bodyStart] ?? text2.length) : text2;
  const blocks = blocksOf(body);
  const headings = blocks.headings.map((h) => {
    const line = h.line + bodyStart;
    return { level: h.level, text: h.content.trim(), line, endLine: h.endLine + bodyStart, range: index.lineRange(line) };
  });
  const labels = [];
  for (const p of blocks.paragraphs) {
    const line = p.line + bodyStart;
    const label = labelOf(p.content, line, index, p.firstInListItem);
    if (label) labels.push(label);
    else for (const status of plainStatusLines(p.content, line, index)) labels.push(status);
  }
  const comments = [];
  for (const h of blocks.html) for (const c of commentsIn(h.content, h.line + bodyStart, index)) comments.push(c);
  doc.comments = comments;
  const bodySections = [...headingSections(headings, index, matcher), ...labelSections(labels, headings, index, matcher)].sort(byLine);
  for (const s of bodySections) doc.sections.push(s);
  const h1 = bodySections.find((s) => s.source === "heading" && s.level === 1);
  if (h1) doc.title = { text: h1.label, range: h1.labelRange };
  else if (doc.frontMatter && typeof doc.frontMatter.data.title === "string") {
    const line = doc.frontMatter.keyLines.get("title") ?? 0;
    doc.title = { text: doc.frontMatter.data.title, range: index.lineRange(line) };
  }
  return doc;
}

// server/src/engine/parse/document.ts
function isYamlPath(path) {
  return /\.ya?ml$/i.test(path);
}
function isTooLarge(input2) {
  if (input2.text.length > MAX_FILE_BYTES || (input2.byteLength ?? 0) > MAX_FILE_BYTES) return "bytes";
  if (input2.text.length < MAX_FILE_LINES) return void 0;
  let lines = 1;
  for (let i = input2.text.indexOf("\n"); i >= 0 && lines <= MAX_FILE_LINES; i = input2.text.indexOf("\n", i + 1)) lines++;
  return lines > MAX_FILE_LINES ? "lines" : void 0;
}
function parseDocument(path, index, matcher) {
  return isYamlPath(path) ? parseYamlRecord(index, matcher) : parseMarkdown(index, matcher);
}
function declaredFrontMatter(path, index) {
  if (isYamlPath(path)) return keysAsFrontMatter(readYamlMap(index.text, 0, index), index);
  const block2 = readFrontMatter(index);
  return block2 && !("unclosed" in block2) ? block2.frontMatter : void 0;
}
function anchorOf(doc, index) {
  if (doc.title) return doc.title.range;
  if (doc.frontMatter) return index.lineRange(doc.frontMatter.range.start.line);
  for (let n = 0; n < index.lineCount; n++) if (index.line(n).trim().length > 0) return index.lineRange(n);
  return index.lineRange(0);
}

// server/src/engine/classify.ts
function safeGlobs(sources) {
  const out = [];
  for (const s of sources) {
    try {
      out.push(new Glob(s));
    } catch {
    }
  }
  return out;
}
function compileKindGlobs(config2) {
  const make = (kind) => ({
    include: safeGlobs([...DEFAULT_INCLUDE[kind], ...config2.kinds[kind]?.include ?? []]),
    exclude: safeGlobs([...DEFAULT_EXCLUDE, ...config2.kinds[kind]?.exclude ?? []])
  });
  return { decision: make("decision"), spec: make("spec"), persona: make("persona") };
}
var PATH_ORDER = ["decision", "spec", "persona"];
function fileKindFromPath(path, globs2) {
  const parts = Glob.parts(path);
  return PATH_ORDER.find((kind) => takes(globs2[kind], parts));
}
function isCardPath(path, globs2) {
  const parts = Glob.parts(path);
  return takes(globs2.persona, parts) && !takes(globs2.decision, parts) && !takes(globs2.spec, parts);
}
function takes(globs2, parts) {
  return globs2.include.some((x) => x.matchesParts(parts)) && !globs2.exclude.some((x) => x.matchesParts(parts));
}
function kindFromPath(path, globs2) {
  const kind = fileKindFromPath(path, globs2);
  return kind === "persona" ? void 0 : kind;
}
var KIND_WORDS = {
  persona: "persona",
  "persona card": "persona",
  decision: "decision",
  adr: "decision",
  "decision record": "decision",
  "architecture decision record": "decision",
  "architecture decision": "decision",
  "decision-record": "decision",
  spec: "spec",
  specification: "spec",
  prd: "spec",
  rfc: "spec",
  proposal: "spec",
  "product spec": "spec",
  "product requirements": "spec",
  "design doc": "spec"
};
function kindFromFrontMatter(doc) {
  const data = doc.frontMatter?.data;
  return data ? kindFromData(data) : void 0;
}
function kindFromData(data) {
  for (const key of ["kind", "type"]) {
    const value = data[key];
    if (typeof value === "string") {
      const word = fold(value).trim();
      if (Object.prototype.hasOwnProperty.call(KIND_WORDS, word)) return KIND_WORDS[word];
    }
  }
  return void 0;
}
function hasKind(input2, globs2) {
  if (fileKindFromPath(input2.path, globs2)) return true;
  if (isTooLarge(input2)) return false;
  const frontMatter = declaredFrontMatter(input2.path, new LineIndex(input2.text));
  return frontMatter !== void 0 && kindFromData(frontMatter.data) !== void 0;
}
var YEAR_FIRST = /\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/;
var YEAR_LAST = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b/;
var MAX_HISTORY_LINES = 50;
function dateKey(line) {
  const first = YEAR_FIRST.exec(line);
  if (first) return Number(first[1]) * 1e4 + Number(first[2]) * 100 + Number(first[3] ?? 0);
  const last = YEAR_LAST.exec(line);
  return last ? Number(last[3]) * 1e4 + Number(last[2]) * 100 + Number(last[1]) : void 0;
}
function statusLine(body) {
  const lines = body.split("\n");
  let first;
  let latest;
  let dated = 0;
  for (let i = 0; i < lines.length && i < MAX_HISTORY_LINES; i++) {
    const t = lines[i].replace(/<!--.*?-->/g, "").trim();
    if (t.length === 0) continue;
    first ??= { text: t, offset: i };
    const key = dateKey(t);
    if (key === void 0 || normaliseStatus(t) === void 0) continue;
    dated++;
    if (!latest || key >= latest.key) latest = { text: t, offset: i, key };
  }
  return dated >= 2 && latest ? { text: latest.text, offset: latest.offset } : first;
}
function statusOf(doc, index) {
  const lineText = (n) => index.line(n);
  const fm = doc.frontMatter;
  if (fm) {
    for (const key of Object.keys(fm.data)) {
      if (!isStatusLabel(key)) continue;
      const value = fm.data[key];
      if (typeof value === "string" && value.trim().length > 0) {
        const line = fm.keyLines.get(key) ?? 0;
        const text2 = lineText(line);
        return {
          status: normaliseStatus(value) ?? "proposed",
          written: { text: value, range: { start: { line, character: 0 }, end: { line, character: text2.length } } }
        };
      }
    }
  }
  for (const s of doc.sections) {
    if (s.source === "front-matter" || s.source === "yaml-key" || !isStatusLabel(s.label)) continue;
    const first = statusLine(s.body);
    if (!first) continue;
    const line = s.source === "heading" ? s.bodyStart + first.offset : s.labelRange.start.line + first.offset;
    const text2 = lineText(line);
    const start = Math.max(0, text2.indexOf(first.text.slice(0, 4)));
    return {
      status: normaliseStatus(first.text) ?? "proposed",
      written: { text: first.text, range: { start: { line, character: start }, end: { line, character: text2.trimEnd().length } } }
    };
  }
  return { status: "proposed" };
}
function languageOf(doc) {
  const data = doc.frontMatter?.data;
  for (const key of ["lang", "language", "locale"]) {
    const v = data?.[key];
    if (typeof v === "string") {
      const code2 = v.slice(0, 2).toLowerCase();
      if (LANGUAGES.includes(code2)) return code2;
    }
  }
  let prose2 = "";
  for (let i = 0; i < doc.sections.length && prose2.length < LANGUAGE_SAMPLE_CHARS; i++) {
    const s = doc.sections[i];
    prose2 += `${i > 0 ? "\n" : ""}${s.label}
${s.body}`;
  }
  return detectLanguage(prose2.length > 0 ? prose2 : doc.text);
}
var HISTORY = ["rejected", "deprecated", "superseded"];

// server/src/engine/l10n/de.ts
var de2 = {
  language: "de",
  concepts: {
    "customer-impact": {
      heading: "Auswirkungen auf Kunden",
      prompt: "Was \xE4ndert sich f\xFCr unsere Kunden, und wie werden sie das erleben?",
      missing: "Keine Auswirkungen auf Kunden beschrieben: Schreib auf, was sich f\xFCr Kunden \xE4ndert und wie sie das erleben werden.",
      questions: [
        "Was \xE4ndert sich f\xFCr Kunden, und wann merken sie es?",
        "Wie werden sie es aufnehmen: erleichtert, \xFCberrascht, ver\xE4rgert?",
        "Wen trifft es am st\xE4rksten, und was tun wir f\xFCr diese Kunden?"
      ],
      askAuthor: ["Woran werden Kunden diese \xC4nderung merken?", "Welchen Kunden k\xF6nnte das schaden, und wie federn wir das ab?"],
      example: "Ladeninhaber im Basic-Tarif sehen den neuen Preis auf ihrer n\xE4chsten Rechnung; die meisten st\xF6rt das nicht, aber die 300, die viele Add-ons nutzen, zahlen mehr, deshalb schreiben wir ihnen einen Monat vorher.",
      why: "Eine Entscheidung, die nie sagt, wie Kunden sie erleben, beschert ihnen \xDCberraschungen."
    },
    "problem-solved": {
      heading: "Gel\xF6stes Problem",
      prompt: "Welches Problem unserer Kunden l\xF6sen wir damit, und woher wissen wir, dass es wirklich besteht?",
      missing: "Kein gel\xF6stes Problem beschrieben: Schreib in den Worten der Kunden auf, welches ihrer Probleme das l\xF6st.",
      questions: ["Welches Problem der Kunden l\xF6st das?", "Wie oft sto\xDFen sie darauf, und was kostet es sie?", "Woher wissen wir, dass das Problem echt ist?"],
      askAuthor: ["Welches Kundenproblem l\xF6st das?", "Woher wissen wir, dass Kunden dieses Problem wirklich haben?"],
      example: "Kunden der Online-Apotheke brechen den Kauf ab, wenn das Kartenformular bei langsamer Verbindung in einen Timeout l\xE4uft: 4 % der mobilen Bestellungen im letzten Quartal.",
      why: "Arbeit, die kein Kundenproblem l\xF6st, verschwendet ihr Geld und unsere Zeit f\xFCr etwas, das sie nicht brauchen."
    },
    "value-created": {
      heading: "Kundennutzen",
      prompt: "Was haben Kunden davon, und warum sollte es ihnen wichtig sein?",
      missing: "Kein Kundennutzen beschrieben: Schreib auf, was Kunden davon haben und warum es ihnen wichtig w\xE4re.",
      questions: ["Was gewinnen Kunden: Zeit, Geld, Sicherheit, weniger Aufwand?", "Warum w\xE4re es ihnen wichtig genug, dass sie es bemerken?"],
      askAuthor: ["Was haben Kunden davon?", "W\xFCrden Kunden daf\xFCr zahlen oder es vermissen, wenn es wegfiele?"],
      example: "Steuerb\xFCros schlie\xDFen den Monat zwei Tage fr\xFCher ab, weil sich die Rechnungen selbst abgleichen.",
      why: "Nutzen, den Kunden nicht benennen k\xF6nnen, sp\xFCren sie auch nicht."
    },
    "customer-segment": {
      heading: "Kunden",
      prompt: "Welche Kunden sind genau betroffen, und welche davon sind hier am wichtigsten?",
      missing: "Keine Kunden genannt: Schreib auf, f\xFCr welche Kunden (Persona, Segment, Tarif) das gedacht ist.",
      questions: ["Wer sind die Kunden: welche Persona, welches Segment, welcher Tarif?", "Welche davon sind f\xFCr diese Entscheidung am wichtigsten?"],
      askAuthor: ["F\xFCr welche Kunden ist das gedacht?", "Welche Kunden haben wir au\xDFen vor gelassen, und ist das Absicht?"],
      example: "Inhaber kleiner, unabh\xE4ngiger L\xE4den im Basic-Tarif, die meist ein einziges Gesch\xE4ft vom Smartphone aus f\xFChren.",
      why: "Ohne benannte Kunden kann niemand beurteilen, ob die Entscheidung ihnen dient."
    },
    "customer-evidence": {
      heading: "Kundenfeedback",
      prompt: "Was haben uns Kunden gesagt oder gezeigt (Feedback, Studien, Daten), das daf\xFCr spricht?",
      missing: "Kein Kundenfeedback: Belege, was Kunden uns gesagt oder gezeigt haben (ein Zitat, ein Ticket, eine Studie, eine Zahl).",
      questions: ["Was haben Kunden uns gesagt oder gezeigt?", "Welche Tickets, Interviews, Umfragen oder Zahlen st\xFCtzen das?"],
      askAuthor: ["Von welchen Kunden haben wir geh\xF6rt?", "Welche Belege zeigen, dass Kunden das wollen?"],
      example: "\u201EIch hab aufgegeben und telefonisch bezahlt\u201C - Support-Ticket #4812; 37 \xE4hnliche Tickets seit M\xE4rz.",
      why: "Die Stimme der Kunden bewahrt eine Entscheidung davor, nur auf unseren eigenen Vermutungen zu beruhen."
    },
    "success-metrics": {
      heading: "Erfolgskriterien",
      prompt: "Woran erkennen wir, dass es f\xFCr Kunden funktioniert hat, und welche Kennzahl sollte sich bewegen?",
      missing: "Kein Erfolgskriterium: Schreib auf, woran wir erkennen, dass es f\xFCr Kunden funktioniert hat, und welche Kennzahl sich bewegen soll.",
      questions: ["Woran erkennen wir, dass es f\xFCr Kunden funktioniert hat?", "Welche Kennzahl bewegt sich, von wo nach wo, bis wann?"],
      askAuthor: ["Woran erkennen wir, dass es Kunden besser geht?", "Welche Kennzahl w\xFCrde uns sagen, dass wir das zur\xFCckdrehen sollten?"],
      example: "Die mobile Kaufabbruchrate sinkt innerhalb von sechs Wochen von 4 % auf unter 2 %.",
      why: "Erfolg, gemessen so, wie Kunden ihn sp\xFCren, zeigt uns, ob es ihnen wirklich besser geht."
    },
    "close-the-loop": {
      heading: "R\xFCckmeldung an Kunden",
      prompt: "Wie und wann sagen wir Kunden, was sich ge\xE4ndert hat, und wer k\xFCmmert sich darum?",
      missing: "Keine R\xFCckmeldung an Kunden: Schreib auf, wie und wann wir uns bei den Kunden melden, sobald das erledigt ist.",
      questions: ["Wie und wann sagen wir Kunden, was sich ge\xE4ndert hat?", "Wer meldet sich bei denen, die danach gefragt haben?"],
      askAuthor: ["Wie erfahren Kunden davon?", "Wer meldet sich bei den Kunden, die das angesprochen haben?"],
      example: "Zum Release beantwortet der Support die 37 verkn\xFCpften Tickets; Changelog und ein Banner in der App k\xFCndigen es an.",
      why: "Kunden, die eine Antwort bekommen, wissen, dass man ihnen zugeh\xF6rt hat, und erz\xE4hlen uns beim n\xE4chsten Mal mehr."
    }
  },
  messages: {
    emptySection: "Der Abschnitt \u201E{label}\u201C ist leer: {prompt}",
    placeholderText: "Der Abschnitt \u201E{label}\u201C enth\xE4lt nur Platzhaltertext: {prompt}",
    unjustifiedNoImpact: "Bei den Auswirkungen auf Kunden steht \u201Ekeine\u201C ohne Begr\xFCndung: Schreib auf, warum Kunden nichts merken werden oder wer doch etwas merken k\xF6nnte.",
    namesNoCustomer: "Sagt, was passiert, aber nicht, wem: Nenne die Kunden (ein Wort wie \u201EKunden\u201C, eine Persona oder die, die der Kundenabschnitt nennt).",
    impactWithoutFeeling: "Sagt, was sich f\xFCr Kunden \xE4ndert, aber nicht, wie sie es erleben oder darauf reagieren werden: erleichtert, ver\xE4rgert, rufen sie nicht mehr beim Support an?",
    metricWithoutNumber: "Diese Erfolgskennzahl hat keine Zahl, keinen Prozentsatz, keine Schwelle und keinen Zeitraum: Sag, welche Zahl sich bis wann bewegen soll.",
    evidenceWithoutSource: "Dieser Beleg nennt keine Quelle: F\xFCge einen Link, ein Ticket, ein Zitat, ein Datum oder eine Anzahl hinzu (\u201E14 von 20 Befragten\u201C).",
    invalidSuppression: "Dieser customer-lens-disable-Kommentar nennt keinen Grund und unterdr\xFCckt daher nichts: Schreib `-- why` hinter die Regel.",
    unknownSuppressedRule: "customer-lens-disable nennt \u201E{rule}\u201C, das keine Regel von Customer Lens ist; daher wird daf\xFCr nichts unterdr\xFCckt.",
    fileTooLarge: "Diese Datei ist gr\xF6\xDFer als {limit} MB und wurde nicht gepr\xFCft.",
    fileTooManyLines: "Diese Datei hat mehr als {lines} Zeilen und wurde nicht gepr\xFCft.",
    unknownPersona: "Keine Persona-Karte definiert \u201E{id}\u201C: pr\xFCfe die ID oder lege die Karte an.",
    unusedPersona: "Keine Entscheidung und keine Spezifikation verweist auf die Persona \u201E{id}\u201C: nenne sie unter `customers:` eines Dokuments oder lege die Karte ab.",
    frontMatterUnclosed: "Das Front Matter ist nicht geschlossen: f\xFCge danach eine Zeile mit `---` ein",
    frontMatterInvalid: "Front Matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "das Front Matter besteht nicht aus Zeilen `Schl\xFCssel: Wert`",
    recordNotAMap: "ein YAML-Datensatz muss aus Zeilen `Schl\xFCssel: Wert` bestehen",
    yamlTooLarge: "gr\xF6\xDFer als 1 MiB; nicht gelesen",
    yamlTooManyErrors: "mehr als 1000 Syntaxfehler; nicht gelesen",
    yamlTooDeep: "mehr als 64 Ebenen tief verschachtelt; nicht gelesen",
    yamlTooComplex: "mehr als 50.000 Token; nicht gelesen",
    config: {
      yamlInvalid: "kein g\xFCltiges YAML: {problem}",
      keysNotUnique: "jeder Schl\xFCssel darf in einer Map nur einmal vorkommen",
      notAMapping: "die Konfiguration muss ein Mapping mit kinds, rules, headings oder words sein",
      unknownSetting: "unbekannte Einstellung \u201E{setting}\u201C: verwende kinds, rules, headings oder words",
      kindsNotAMap: "`kinds` muss `decision`, `spec` und `persona` ihre Einstellungen zuordnen",
      unknownKind: "unbekannte Art \u201E{kind}\u201C: verwende decision, spec oder persona",
      kindNotAMap: "kinds.{kind} muss include, exclude oder concepts enthalten",
      unknownKindSetting: "unbekannte Einstellung {setting}: verwende include, exclude oder concepts",
      rulesNotAMap: "`rules` muss Regel-IDs error, warning, info, hint oder off zuordnen",
      unknownRule: "unbekannte Regel \u201E{rule}\u201C",
      ruleNotConfigurable: "{rule} l\xE4sst sich nicht konfigurieren: Eine fehlerhafte Konfiguration wird immer gemeldet",
      badSeverity: "rules.{rule} muss error, warning, info, hint oder off sein",
      headingsNotAMap: "`headings` muss Konzepten Listen zus\xE4tzlicher \xDCberschriften zuordnen",
      unknownConcept: "unbekanntes Konzept \u201E{concept}\u201C: verwende {concepts}",
      unknownConceptIn: "unbekanntes Konzept \u201E{concept}\u201C in {setting}: verwende {concepts}",
      notAList: "{setting} muss eine Liste von Zeichenketten sein",
      notStrings: "{setting} darf nur Zeichenketten enthalten",
      globInvalid: "{setting}: {problem}",
      globMalformed: "ung\xFCltiger Glob",
      globEmpty: "leerer Glob",
      globTooLong: "Glob l\xE4nger als {limit} Zeichen",
      globTooDeep: "Glob \u201E{glob}...\u201C verschachtelt geschweifte Klammern mehr als {limit} Ebenen tief",
      globUnbalanced: "\u201E{bracket}\u201C ohne Gegenst\xFCck im Glob \u201E{glob}\u201C",
      globTooManyAlternatives: "Glob \u201E{glob}\u201C hat mehr als {limit} Alternativen",
      globsTooMuch: "{setting}: Die Globs dieser Konfiguration sind zusammen zu viele oder zu lang (mehr als {limit} Zeichen in allen Alternativen); dieser und die folgenden werden ignoriert",
      headingsTooMany: "headings.{concept} hat mehr als {limit} \xDCberschriften; die nach den ersten {limit} werden ignoriert",
      wordsNotAMap: "`words` muss who, feeling, metric oder evidence Listen von W\xF6rtern zuordnen (oder Sprachen und deren Listen)",
      unknownSignal: "unbekanntes Signal \u201E{setting}\u201C: verwende who, feeling, metric oder evidence",
      unknownLanguage: "{setting}: keine Sprache; verwende en, it, es, pl, de, fr oder pt",
      wordsTooMany: "{setting} hat mehr als {limit} W\xF6rter; die nach den ersten {limit} werden ignoriert",
      headingTooLong: "headings.{concept}: \u201E{heading}\u201C hat mehr als {limit} W\xF6rter, und keine so lange \xDCberschrift benennt ein Konzept; sie wird ignoriert",
      fileIsFolder: "{path} ist ein Ordner, keine Konfigurationsdatei; es gelten die Standardwerte",
      fileNotRegular: "die Konfigurationsdatei ist keine regul\xE4re Datei ({type}); es gelten die Standardwerte",
      fileLinksOutside: "die Konfigurationsdatei verweist auf eine Datei au\xDFerhalb von {folder} und wurde nicht gelesen; es gelten die Standardwerte",
      fileUnreadable: "die Konfigurationsdatei kann nicht gelesen werden ({code}); es gelten die Standardwerte",
      fileTooLarge: "die Konfigurationsdatei ist gr\xF6\xDFer als 1 MB; es gelten die Standardwerte"
    }
  },
  ui: {
    checklist: "Kunden-Checkliste",
    present: "vorhanden",
    hollow: "leer",
    missing: "fehlt",
    notRequired: "nicht erforderlich",
    diffCompared: "Verglichen mit der anderen Seite des Diffs",
    diffNew: "Neuer Eintrag: die andere Seite des Diffs ist weder Entscheidung noch Spezifikation.",
    diffStill: "weiterhin {state}",
    diffUnchanged: "jedes Kundenkonzept weiterhin vorhanden",
    diffCoverage: "Abdeckung: {before} \u2192 {after} ({was} \u2192 {now} erforderliche Konzepte vorhanden)",
    foundAt: "\u201E{label}\u201C, Zeile {line}",
    status: "Status",
    decision: "Entscheidungsprotokoll",
    spec: "Spezifikation",
    statusMeaning: {
      draft: "Entwurf: W\xE4hrend du schreibst, werden Befunde mit ihrem \xFCblichen Schweregrad gemeldet.",
      proposed: "Vorgeschlagen: Befunde sind Warnungen, damit Reviewer sehen, was sie vor der Annahme fragen sollten.",
      accepted: "Angenommen: Fehlen die Auswirkungen auf Kunden, das gel\xF6ste Problem oder der Kundennutzen, ist das ein Fehler.",
      history: "Historie (abgelehnt, veraltet oder ersetzt): Nichts wird oberhalb der Stufe \u201EInfo\u201C gemeldet."
    },
    questionsToAsk: "Fragen an den Autor",
    sectionMustAnswer: "Dieser Abschnitt sollte beantworten",
    goodExample: "Ein gutes Beispiel",
    ruleDocs: "Dokumentation der Regel",
    addSection: "Abschnitt \u201E{heading}\u201C hinzuf\xFCgen",
    addAllSections: "Alle fehlenden Kundenabschnitte hinzuf\xFCgen",
    suppressRule: "{rule} in dieser Datei unterdr\xFCcken (mit Begr\xFCndung)",
    suppressReason: "warum das hier nicht zutrifft",
    judgement: "Wie gut dieser Abschnitt antwortet",
    namesCustomer: "nennt Kunden oder eine Persona",
    citesEvidence: "nennt Belege (einen Link, ein Ticket, ein Zitat oder eine Zahl)",
    saysFeeling: "sagt, wie Kunden es erleben werden",
    lacksCustomer: "nennt weder Kunden noch eine Persona",
    lacksEvidence: "nennt keine Belege (Link, Ticket, Zitat oder Zahl)",
    lacksFeeling: "sagt nicht, wie Kunden es erleben werden",
    givesNumber: "nennt eine Zahl, eine Schwelle oder einen Zeitraum",
    lacksNumber: "nennt keine Zahl, keine Schwelle und keinen Zeitraum",
    addScaffold: "Eine Zeile zum Ausf\xFCllen einf\xFCgen: \u201E{heading}\u201C",
    scaffolds: { who: "Wer: {welche Kunden}", feeling: "Sie werden sich f\xFChlen: {wie Kunden es erleben oder reagieren}", metric: "Ziel: {eine Zahl, ein Prozentsatz oder ein Datum}", evidence: "Quelle: {ein Link, ein Ticket, ein Zitat, ein Datum oder eine Anzahl}" }
  },
  persona: {
    sections: { segment: "Segment", jobs: "Zu erledigende Aufgaben", pains: "Schmerzpunkte", gains: "Gewinne", quotes: "Zitate", empathyMap: "Empathiekarte", thinksFeels: "Denkt und f\xFChlt", says: "Sagt", does: "Tut", hears: "H\xF6rt" },
    prompts: {
      segment: "F\xFCr welche Kundengruppe diese Persona steht und wie viele es sind.",
      jobs: "Was sie erledigen wollen, in ihren Worten.",
      pains: "Was sie behindert, Zeit kostet oder beunruhigt.",
      gains: "Wie Erfolg f\xFCr sie aussieht.",
      quotes: "Ihre eigenen Worte, mit Ort und Datum.",
      empathyMap: "Was wir beim Beobachten und Zuh\xF6ren gelernt haben.",
      thinksFeels: "Was ihnen wichtig ist; was sie beunruhigt.",
      says: "Was sie in Interviews und Tickets sagen.",
      does: "Was sie tun, wie wir es gesehen haben.",
      hears: "Was sie von Kollegen, Vorgesetzten und anderen Werkzeugen h\xF6ren."
    },
    persona: "Persona",
    usedBy: "genannt von {decisions} Entscheidungen \xB7 {specs} Spezifikationen",
    createCard: "Persona-Karte \u201E{id}\u201C anlegen",
    useId: "\xC4ndern in \u201E{id}\u201C",
    idIsFileName: "Die ID \u201E{id}\u201C ist der Dateiname ihrer Karte: benenne die Datei um oder gib der Karte zuerst ein `id:`.",
    invalidId: "Eine Persona-ID enth\xE4lt nur Buchstaben, Ziffern, - und _."
  },
  report: {
    title: "Customer Lens: Entscheidungskarte",
    heading: "Entscheidungskarte",
    intro: "Wo der Kunde in jeder Entscheidung und Spezifikation steht: welche Konzepte ein Eintrag behandelt, d\xFCnn oder leer l\xE4sst oder ausl\xE4sst.",
    generated: "Erstellt am {today} aus {sources}.",
    coverage: "Abdeckung",
    coverageLine: "{present} von {required} erforderlichen Kundenkonzepten vorhanden, in {records} Eintr\xE4gen ({decisions} Entscheidungen, {specs} Spezifikationen). D\xFCnne Abschnitte z\xE4hlen als vorhanden.",
    coverageNone: "Keine Entscheidung und keine Spezifikation verlangt ein Kundenkonzept: die Abdeckung ist nicht definiert.",
    perConceptCaption: "Abdeckung je Konzept, und wie viele Eintr\xE4ge welchen Zustand haben",
    perConceptChart: "Abdeckung je Konzept",
    concept: "Konzept",
    presentOfRequired: "Vorhanden von erforderlich",
    heatmap: "Eintr\xE4ge \xD7 Konzepte",
    heatmapCaption: "Jeder Eintrag (Zeile) und der Zustand jedes Kundenkonzepts (Spalte). Symbole: {legend}.",
    legend: "Was jeder Zustand bedeutet",
    record: "Eintrag",
    kind: "Art",
    status: "Status",
    state: "Zustand",
    folder: "Ordner",
    date: "Datum",
    personas: "Personas",
    filters: "Eintr\xE4ge filtern",
    any: "alle",
    showing: "{shown} von {total} Eintr\xE4gen angezeigt.",
    groupings: "Gruppierungen",
    byKind: "Abdeckung nach Art",
    byStatus: "Abdeckung nach Status",
    byFolder: "Abdeckung nach Ordner",
    group: "Gruppe",
    records: "Eintr\xE4ge",
    personasHeading: "F\xFCr wen entschieden wird",
    personasCaption: "Jede Persona, die Eintr\xE4ge, die sie nennen, und wann das zuletzt geschah",
    persona: "Persona",
    card: "Steckbrief",
    lastDecided: "Zuletzt entschieden f\xFCr",
    recent: "In den letzten {days} Tagen",
    yes: "ja",
    no: "nein",
    nobody: "f\xFCr niemanden entschieden",
    stale: "Personas, f\xFCr die in den letzten {days} Tagen niemand entschieden hat: {list}.",
    noneStale: "F\xFCr jede Persona wurde in den letzten {days} Tagen entschieden.",
    noPersonas: "Kein Eintrag nennt eine Persona, und kein Persona-Steckbrief wurde gefunden.",
    undated: "Ein Eintrag ohne Datum (date: im Front Matter oder der letzte Git-Commit) z\xE4hlt nicht als aktuell.",
    history: "Abdeckung im Zeitverlauf",
    historyChart: "Abdeckung der Eintr\xE4ge bei jedem Commit, der einen \xE4nderte, von {from} ({first}) bis {to} ({last}).",
    historyCaption: "Abdeckung bei Commits, die einen Eintrag \xE4nderten (h\xF6chstens {n}, gleichm\xE4\xDFig verteilt)",
    historyNone: "Kein Verlauf: {why}",
    commit: "Commit",
    notes: "Hinweise",
    none: "keine",
    openRecord: "{path} bei {concept} \xF6ffnen",
    notAvailable: "k. A.",
    noHistoryAsked: "nicht angefordert (--no-history).",
    noHistoryMerged: "eine aus JSON-Ausgaben zusammengef\xFChrte Karte hat keinen; der eigene Bericht jedes Repositorys hat ihn.",
    mergedSuppressions: "Aus Ausgaben von check --format json zusammengef\xFChrt: Unterdr\xFCckungen stehen nicht darin, daher ist keine Zelle unterdr\xFCckt; ein names-no-customer-Befund, dessen Konzept das JSON nicht nennt, steht unter seinem Eintrag.",
    mergedDates: "Das Datum eines Eintrags steht nicht in den JSON-Ausgaben: nur Eintr\xE4ge mit Datum z\xE4hlen f\xFCr Personas als aktuell.",
    states: { present: "vorhanden", thin: "d\xFCnn", hollow: "leer", missing: "fehlt", suppressed: "unterdr\xFCckt", "not-required": "nicht erforderlich" },
    meanings: {
      present: "der Abschnitt ist geschrieben und sagt, was er muss",
      thin: "geschrieben, aber eine Substanzregel verlangt mehr: wer die Kunden sind, wie sie sich f\xFChlen werden, eine Zahl oder eine Quelle",
      hollow: "die \xDCberschrift ist da, darunter nur Leerzeilen oder Platzhaltertext",
      missing: "der Eintrag muss dieses Konzept behandeln und tut es nicht",
      suppressed: "fehlt oder leer, und ein customer-lens-disable-Kommentar unterdr\xFCckt es; sein Grund steht an der Zelle",
      "not-required": "Art und Status des Eintrags verlangen dieses Konzept nicht"
    }
  }
};

// server/src/engine/l10n/en.ts
var en2 = {
  language: "en",
  concepts: {
    "customer-impact": {
      heading: "Customer impact",
      prompt: "How does this change things for our customers, and how will they feel about it?",
      missing: "No customer impact: say how this changes things for the customer, and how they will feel about it.",
      questions: [
        "What changes for the customer, and when will they notice?",
        "How will they feel about it: relieved, surprised, annoyed?",
        "Who is hit hardest, and what do we do for them?"
      ],
      askAuthor: ["How will customers notice this change?", "Which customers could be hurt by it, and how do we soften that?"],
      example: "Shop owners on the Basic plan see the new price on their next invoice; most will not mind, but the 300 who use add-ons heavily pay more, so we email them a month ahead.",
      why: "A decision that never says how customers feel about it ships surprises to them."
    },
    "problem-solved": {
      heading: "Problem solved",
      prompt: "Which customer problem does this solve, and how do we know it is real?",
      missing: "No problem solved: say which problem of the customer this solves, in their words.",
      questions: ["Which problem of the customer does this solve?", "How often do they meet it, and what does it cost them?", "How do we know the problem is real?"],
      askAuthor: ["Which customer problem does this solve?", "How do we know customers actually have this problem?"],
      example: "Customers abandon checkout when the card form times out on slow connections: 4% of mobile orders last quarter.",
      why: "Work that solves no customer problem spends their money and our time on nothing they need."
    },
    "value-created": {
      heading: "Value created",
      prompt: "What will customers gain from this, and why would they care?",
      missing: "No value created: say what the customer gains from this and why they would care.",
      questions: ["What does the customer gain: time, money, confidence, less effort?", "Why would they care enough to notice?"],
      askAuthor: ["What does the customer get out of this?", "Would a customer pay for, or miss, this if it were gone?"],
      example: "Teams close their month two days sooner because invoices reconcile themselves.",
      why: "Value the customer cannot name is value they will not feel."
    },
    "customer-segment": {
      heading: "Customers",
      prompt: "Who exactly are the customers affected, and which of them matter most here?",
      missing: "No customer named: say who the customers are (persona, segment, plan) that this serves.",
      questions: ["Who are the customers: which persona, segment or plan?", "Which of them matter most for this decision?"],
      askAuthor: ["Which customers is this for?", "Which customers did we leave out, and is that deliberate?"],
      example: "Independent shop owners on the Basic plan, mostly running a single store from their phone.",
      why: "Without a named customer, nobody can tell whether the decision serves them."
    },
    "customer-evidence": {
      heading: "Customer evidence",
      prompt: "What have customers told or shown us (feedback, research, data) that supports this?",
      missing: "No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).",
      questions: ["What did customers tell us or show us?", "Which tickets, interviews, surveys or numbers back this up?"],
      askAuthor: ["Which customers did we hear from?", "What evidence says customers want this?"],
      example: '"I gave up and paid by phone" - support ticket #4812; 37 similar tickets since March.',
      why: "The voice of the customer keeps a decision from resting on our own guesses."
    },
    "success-metrics": {
      heading: "Success metrics",
      prompt: "How will we know this worked for customers, and which number should move?",
      missing: "No success metric: say how we will know this worked for the customer, and which number should move.",
      questions: ["How will we know this worked for customers?", "Which number moves, from what to what, by when?"],
      askAuthor: ["How will we know customers are better off?", "Which measure would tell us to roll this back?"],
      example: "Checkout abandonment on mobile falls from 4% to under 2% within six weeks.",
      why: "Success measured the way the customer feels it tells us whether they are really better off."
    },
    "close-the-loop": {
      heading: "Customer follow-up",
      prompt: "How and when will we tell customers what changed, and who will do it?",
      missing: "No customer follow-up: say how and when we go back to customers once this is done.",
      questions: ["How and when will we tell customers what changed?", "Who will go back to those who asked for it?"],
      askAuthor: ["How will we tell customers about this?", "Who follows up with the customers who raised it?"],
      example: "Support replies to the 37 linked tickets when it ships; the changelog and the in-app banner announce it.",
      why: "Customers who hear back know they were listened to, and tell us more next time."
    }
  },
  messages: {
    emptySection: 'The section "{label}" is empty: {prompt}',
    placeholderText: 'The section "{label}" holds only placeholder text: {prompt}',
    unjustifiedNoImpact: 'Customer impact says "none" without a reason: say why customers will not notice, or who might.',
    namesNoCustomer: "Says what happens, but never to whom: name the customers (a customer word, a persona, or those the customers section names).",
    impactWithoutFeeling: "Says what changes for customers, but not how they will feel or react: relieved, annoyed, will stop calling support?",
    metricWithoutNumber: "This success metric has no number, percentage, threshold or time frame: say which number should move, and by when.",
    evidenceWithoutSource: 'This evidence cites no source: add a link, a ticket, a quotation, a date or a count ("14 of 20 interviewees").',
    invalidSuppression: "This customer-lens-disable comment has no reason, so it suppresses nothing: write `-- why` after the rule.",
    unknownSuppressedRule: 'customer-lens-disable names "{rule}", which is not a Customer Lens rule, so nothing is suppressed for it.',
    fileTooLarge: "This file is larger than {limit} MB and was not checked.",
    fileTooManyLines: "This file has more than {lines} lines and was not checked.",
    unknownPersona: 'No persona card defines "{id}": check the id, or create its card.',
    unusedPersona: 'No decision or spec references the persona "{id}": name it in a record\'s `customers:`, or retire the card.',
    frontMatterUnclosed: "front matter is not closed: add a line with `---` after it",
    frontMatterInvalid: "front matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "front matter is not a set of `key: value` lines",
    recordNotAMap: "a YAML record must be a set of `key: value` lines",
    yamlTooLarge: "larger than 1 MiB; not read",
    yamlTooManyErrors: "more than 1000 syntax errors; not read",
    yamlTooDeep: "nested more than 64 levels deep; not read",
    yamlTooComplex: "more than 50,000 tokens; not read",
    config: {
      yamlInvalid: "not valid YAML: {problem}",
      keysNotUnique: "Map keys must be unique",
      notAMapping: "the config must be a mapping with kinds, rules, headings or words",
      unknownSetting: 'unknown setting "{setting}": use kinds, rules, headings or words',
      kindsNotAMap: "`kinds` must map `decision`, `spec` and `persona` to their settings",
      unknownKind: 'unknown kind "{kind}": use decision, spec or persona',
      kindNotAMap: "kinds.{kind} must hold include, exclude or concepts",
      unknownKindSetting: "unknown setting {setting}: use include, exclude or concepts",
      rulesNotAMap: "`rules` must map rule ids to error, warning, info, hint or off",
      unknownRule: 'unknown rule "{rule}"',
      ruleNotConfigurable: "{rule} cannot be configured: a broken config is always reported",
      badSeverity: "rules.{rule} must be error, warning, info, hint or off",
      headingsNotAMap: "`headings` must map concepts to lists of extra headings",
      unknownConcept: 'unknown concept "{concept}": use {concepts}',
      unknownConceptIn: 'unknown concept "{concept}" in {setting}: use {concepts}',
      notAList: "{setting} must be a list of strings",
      notStrings: "{setting} must hold strings only",
      globInvalid: "{setting}: {problem}",
      globMalformed: "invalid glob",
      globEmpty: "empty glob",
      globTooLong: "glob longer than {limit} characters",
      globTooDeep: 'glob "{glob}..." nests braces more than {limit} deep',
      globUnbalanced: 'unbalanced "{bracket}" in glob "{glob}"',
      globTooManyAlternatives: 'glob "{glob}" has more than {limit} alternatives',
      globsTooMuch: "{setting}: the config's globs are too many or too long together (more than {limit} characters in all their alternatives); this one and those after it are left out",
      headingsTooMany: "headings.{concept} has more than {limit} headings; the ones after the first {limit} are left out",
      wordsNotAMap: "`words` must map who, feeling, metric or evidence to lists of words (or to languages and their lists)",
      unknownSignal: 'unknown signal "{setting}": use who, feeling, metric or evidence',
      unknownLanguage: "{setting}: not a language; use en, it, es, pl, de, fr or pt",
      wordsTooMany: "{setting} has more than {limit} words; the ones after the first {limit} are left out",
      headingTooLong: 'headings.{concept}: "{heading}" has more than {limit} words, and no heading that long names a concept; it is left out',
      fileIsFolder: "{path} is a folder, not a config file; the defaults apply",
      fileNotRegular: "the config file is not a regular file ({type}); the defaults apply",
      fileLinksOutside: "the config file links outside {folder}, not read; the defaults apply",
      fileUnreadable: "cannot read the config file ({code}); the defaults apply",
      fileTooLarge: "the config file is larger than 1 MB; the defaults apply"
    }
  },
  ui: {
    checklist: "Customer checklist",
    present: "present",
    hollow: "hollow",
    missing: "missing",
    notRequired: "not required",
    diffCompared: "Compared with the other side of the diff",
    diffNew: "New record: the other side of the diff is not a decision record or spec.",
    diffStill: "still {state}",
    diffUnchanged: "every customer concept still present",
    diffCoverage: "Coverage: {before} \u2192 {after} ({was} \u2192 {now} required concepts present)",
    foundAt: "\u201C{label}\u201D, line {line}",
    status: "Status",
    decision: "decision record",
    spec: "spec",
    statusMeaning: {
      draft: "Draft: findings are reported at their usual severity while you write.",
      proposed: "Proposed: findings are warnings, so reviewers see what to ask before it is accepted.",
      accepted: "Accepted: a missing customer impact, problem solved or value created is an error.",
      history: "History (rejected, deprecated or superseded): nothing is reported above info."
    },
    questionsToAsk: "Questions to ask the author",
    sectionMustAnswer: "This section should answer",
    goodExample: "A good example",
    ruleDocs: "Rule documentation",
    addSection: 'Add the "{heading}" section',
    addAllSections: "Add all missing customer sections",
    suppressRule: "Suppress {rule} in this file (with a reason)",
    suppressReason: "why this does not apply",
    judgement: "How well this section answers",
    namesCustomer: "names a customer or persona",
    citesEvidence: "cites evidence (a link, a ticket, a quote or a number)",
    saysFeeling: "says how customers will feel",
    lacksCustomer: "does not name a customer or persona",
    lacksEvidence: "cites no evidence (a link, a ticket, a quote or a number)",
    lacksFeeling: "does not say how customers will feel",
    givesNumber: "gives a number, a threshold or a time frame",
    lacksNumber: "gives no number, threshold or time frame",
    addScaffold: 'Add a line to fill in: "{heading}"',
    scaffolds: { who: "Who: {which customers}", feeling: "They will feel: {how customers will feel or react}", metric: "Target: {a number, a percentage or a date}", evidence: "Source: {a link, a ticket, a quote, a date or a count}" }
  },
  persona: {
    sections: { segment: "Segment", jobs: "Jobs to be done", pains: "Pains", gains: "Gains", quotes: "Quotes", empathyMap: "Empathy map", thinksFeels: "Thinks and feels", says: "Says", does: "Does", hears: "Hears" },
    prompts: {
      segment: "Which group of customers this persona stands for, and how many there are.",
      jobs: "What they are trying to get done, in their words.",
      pains: "What gets in their way, costs them time or worries them.",
      gains: "What success looks like to them.",
      quotes: "Their own words, with where and when they said them.",
      empathyMap: "What we learnt by watching and listening to them.",
      thinksFeels: "What matters to them; what they worry about.",
      says: "What they say in interviews and tickets.",
      does: "What they do, as we saw it.",
      hears: "What they hear from peers, managers and other tools."
    },
    persona: "Persona",
    usedBy: "used by {decisions} decisions \xB7 {specs} specs",
    createCard: 'Create the persona card "{id}"',
    useId: 'Change to "{id}"',
    idIsFileName: 'The id "{id}" is its card\'s file name: rename the file, or give the card an `id:` first.',
    invalidId: "A persona id holds letters, digits, - and _ only."
  },
  report: {
    title: "Customer Lens: decision map",
    heading: "Decision map",
    intro: "Where the customer is in every decision record and spec: each concept a record addresses, leaves thin or hollow, or misses.",
    generated: "Made on {today} from {sources}.",
    coverage: "Coverage",
    coverageLine: "{present} of {required} required customer concepts present, over {records} records ({decisions} decision records, {specs} specs). Thin sections count as present.",
    coverageNone: "No decision record or spec asks for a customer concept: coverage is not defined.",
    perConceptCaption: "Coverage per concept, and how many records hold each state",
    perConceptChart: "Coverage per concept",
    concept: "Concept",
    presentOfRequired: "Present of required",
    heatmap: "Records \xD7 concepts",
    heatmapCaption: "Each record (row) and the state of each customer concept (column). Symbols: {legend}.",
    legend: "What each state means",
    record: "Record",
    kind: "Kind",
    status: "Status",
    state: "State",
    folder: "Folder",
    date: "Date",
    personas: "Personas",
    filters: "Filter the records",
    any: "any",
    showing: "Showing {shown} of {total} records.",
    groupings: "Groupings",
    byKind: "Coverage by kind",
    byStatus: "Coverage by status",
    byFolder: "Coverage by folder",
    group: "Group",
    records: "Records",
    personasHeading: "Who the decisions are made for",
    personasCaption: "Each persona, the records that reference it, and the last time one did",
    persona: "Persona",
    card: "Card",
    lastDecided: "Last decided for",
    recent: "In the last {days} days",
    yes: "yes",
    no: "no",
    nobody: "nobody decided for",
    stale: "Personas nobody decided for in the last {days} days: {list}.",
    noneStale: "Every persona had a decision made for it in the last {days} days.",
    noPersonas: "No record references a persona, and no persona card was found.",
    undated: "A record without a date (front matter date:, or git\u2019s last commit) does not count as recent.",
    history: "Coverage over time",
    historyChart: "Coverage of the records at each commit that changed one, from {from} ({first}) to {to} ({last}).",
    historyCaption: "Coverage at commits that changed a record (at most {n} shown, evenly spread)",
    historyNone: "No history: {why}",
    commit: "Commit",
    notes: "Notes",
    none: "none",
    openRecord: "Open {path} at {concept}",
    notAvailable: "n/a",
    noHistoryAsked: "not asked for (--no-history).",
    noHistoryMerged: "a map merged from JSON outputs has none; each repository\u2019s own report has it.",
    mergedSuppressions: "Merged from check --format json outputs: suppressions are not in them, so no cell is shown suppressed; a names-no-customer finding whose concept the JSON does not say is listed under its record.",
    mergedDates: "A record\u2019s date is not in the JSON outputs: only records with a date count as recent for personas.",
    states: { present: "present", thin: "thin", hollow: "hollow", missing: "missing", suppressed: "suppressed", "not-required": "not required" },
    meanings: {
      present: "the section is written and says what it must",
      thin: "written, but a substance rule asks for more: who the customers are, how they will feel, a number, or a source",
      hollow: "the heading is there, with nothing under it but blanks or placeholder text",
      missing: "the record is asked for this concept and does not address it",
      suppressed: "missing or hollow, and a customer-lens-disable comment silences it; its reason is shown on the cell",
      "not-required": "the record\u2019s kind and status do not ask for this concept"
    }
  }
};

// server/src/engine/l10n/es.ts
var es2 = {
  language: "es",
  concepts: {
    "customer-impact": {
      heading: "Impacto en el cliente",
      prompt: "\xBFQu\xE9 cambia para nuestros clientes y c\xF3mo lo van a recibir?",
      missing: "Falta el impacto en el cliente: explica qu\xE9 cambia para el cliente y c\xF3mo lo va a recibir.",
      questions: [
        "\xBFQu\xE9 cambia para el cliente y cu\xE1ndo lo va a notar?",
        "\xBFC\xF3mo lo va a vivir: con alivio, con sorpresa, con fastidio?",
        "\xBFA qui\xE9n le afecta m\xE1s y qu\xE9 hacemos por esas personas?"
      ],
      askAuthor: ["\xBFC\xF3mo van a notar los clientes este cambio?", "\xBFA qu\xE9 clientes podr\xEDa perjudicar y c\xF3mo lo suavizamos?"],
      example: "Las tiendas con el plan B\xE1sico ver\xE1n el nuevo precio en su pr\xF3xima factura; a la mayor\xEDa no le importar\xE1, pero las 300 que usan muchos complementos pagar\xE1n m\xE1s, as\xED que les escribimos con un mes de antelaci\xF3n.",
      why: "Una decisi\xF3n que nunca dice c\xF3mo se sentir\xE1n los clientes acaba d\xE1ndoles sorpresas."
    },
    "problem-solved": {
      heading: "Problema resuelto",
      prompt: "\xBFQu\xE9 problema de nuestros clientes resuelve y c\xF3mo sabemos que es real?",
      missing: "Falta el problema resuelto: explica qu\xE9 problema del cliente resuelve, con sus propias palabras.",
      questions: ["\xBFQu\xE9 problema del cliente resuelve?", "\xBFCon qu\xE9 frecuencia se lo encuentra y cu\xE1nto le cuesta?", "\xBFC\xF3mo sabemos que el problema es real?"],
      askAuthor: ["\xBFQu\xE9 problema de los clientes resuelve esto?", "\xBFC\xF3mo sabemos que los clientes tienen de verdad este problema?"],
      example: "Los clientes de la farmacia online abandonan el carrito cuando el formulario de la tarjeta caduca con conexiones lentas: el 4 % de los pedidos desde el m\xF3vil el \xFAltimo trimestre.",
      why: "Un trabajo que no resuelve ning\xFAn problema del cliente gasta su dinero y nuestro tiempo en algo que no necesita."
    },
    "value-created": {
      heading: "Valor creado",
      prompt: "\xBFQu\xE9 ganan los clientes con esto y por qu\xE9 deber\xEDa importarles?",
      missing: "Falta el valor creado: explica qu\xE9 gana el cliente con esto y por qu\xE9 le importar\xEDa.",
      questions: ["\xBFQu\xE9 gana el cliente: tiempo, dinero, confianza, menos esfuerzo?", "\xBFPor qu\xE9 le importar\xEDa lo bastante como para notarlo?"],
      askAuthor: ["\xBFQu\xE9 saca el cliente de esto?", "\xBFPagar\xEDa un cliente por esto, o lo echar\xEDa de menos si desapareciera?"],
      example: "Las gestor\xEDas cierran el mes dos d\xEDas antes porque las facturas se concilian solas.",
      why: "Un valor que el cliente no sabe nombrar es un valor que no va a sentir."
    },
    "customer-segment": {
      heading: "Clientes",
      prompt: "\xBFA qu\xE9 clientes afecta exactamente y cu\xE1les importan m\xE1s aqu\xED?",
      missing: "No se nombra a ning\xFAn cliente: indica qui\xE9nes son los clientes (perfil, segmento, plan) a los que sirve.",
      questions: ["\xBFQui\xE9nes son los clientes: qu\xE9 perfil, segmento o plan?", "\xBFCu\xE1les de ellos importan m\xE1s para esta decisi\xF3n?"],
      askAuthor: ["\xBFPara qu\xE9 clientes es esto?", "\xBFQu\xE9 clientes hemos dejado fuera y es a prop\xF3sito?"],
      example: "Due\xF1os de tiendas de barrio con el plan B\xE1sico, que en su mayor\xEDa llevan un solo local desde el m\xF3vil.",
      why: "Si no se nombra al cliente, nadie puede saber si la decisi\xF3n le sirve."
    },
    "customer-evidence": {
      heading: "Evidencia de clientes",
      prompt: "\xBFQu\xE9 nos han dicho o mostrado los clientes (comentarios, estudios, datos) que respalde esto?",
      missing: "Falta evidencia de clientes: cita lo que nos dijeron o mostraron (una frase, un ticket, un estudio, una cifra).",
      questions: ["\xBFQu\xE9 nos dijeron o mostraron los clientes?", "\xBFQu\xE9 tickets, entrevistas, encuestas o cifras lo respaldan?"],
      askAuthor: ["\xBFA qu\xE9 clientes hemos escuchado?", "\xBFQu\xE9 evidencia indica que los clientes quieren esto?"],
      example: "\xABMe rend\xED y pagu\xE9 por tel\xE9fono\xBB - ticket de soporte #4812; 37 tickets parecidos desde marzo.",
      why: "La voz del cliente evita que una decisi\xF3n se apoye solo en nuestras suposiciones."
    },
    "success-metrics": {
      heading: "M\xE9tricas de \xE9xito",
      prompt: "\xBFC\xF3mo sabremos que funcion\xF3 para los clientes y qu\xE9 cifra deber\xEDa moverse?",
      missing: "Falta una m\xE9trica de \xE9xito: explica c\xF3mo sabremos que funcion\xF3 para el cliente y qu\xE9 cifra deber\xEDa moverse.",
      questions: ["\xBFC\xF3mo sabremos que funcion\xF3 para los clientes?", "\xBFQu\xE9 cifra se mueve, de cu\xE1nto a cu\xE1nto y para cu\xE1ndo?"],
      askAuthor: ["\xBFC\xF3mo sabremos que los clientes est\xE1n mejor?", "\xBFQu\xE9 indicador nos dir\xEDa que hay que dar marcha atr\xE1s?"],
      example: "El abandono del carrito en el m\xF3vil baja del 4 % a menos del 2 % en seis semanas.",
      why: "Medir el \xE9xito tal como lo vive el cliente nos dice si de verdad est\xE1 mejor."
    },
    "close-the-loop": {
      heading: "Seguimiento con clientes",
      prompt: "\xBFC\xF3mo y cu\xE1ndo contaremos a los clientes lo que cambi\xF3, y qui\xE9n se encarga?",
      missing: "Falta el seguimiento con clientes: explica c\xF3mo y cu\xE1ndo volvemos a hablar con los clientes cuando esto est\xE9 hecho.",
      questions: ["\xBFC\xF3mo y cu\xE1ndo contaremos a los clientes lo que cambi\xF3?", "\xBFQui\xE9n responder\xE1 a quienes lo pidieron?"],
      askAuthor: ["\xBFC\xF3mo se lo vamos a contar a los clientes?", "\xBFQui\xE9n hace el seguimiento con los clientes que lo plantearon?"],
      example: "Al lanzarlo, soporte responde a los 37 tickets vinculados; el registro de cambios y un aviso en la app lo anuncian.",
      why: "Los clientes que reciben respuesta saben que se les escuch\xF3, y la pr\xF3xima vez nos cuentan m\xE1s."
    }
  },
  messages: {
    emptySection: 'La secci\xF3n "{label}" est\xE1 vac\xEDa: {prompt}',
    placeholderText: 'La secci\xF3n "{label}" solo tiene texto de relleno: {prompt}',
    unjustifiedNoImpact: 'El impacto en el cliente dice "ninguno" sin dar un motivo: explica por qu\xE9 los clientes no lo notar\xE1n, o qui\xE9n podr\xEDa notarlo.',
    namesNoCustomer: 'Dice qu\xE9 pasa, pero no a qui\xE9n: nombra a los clientes (una palabra como "clientes", una persona, o a quienes nombra la secci\xF3n de clientes).',
    impactWithoutFeeling: "Dice qu\xE9 cambia para los clientes, pero no c\xF3mo se sentir\xE1n o reaccionar\xE1n: \xBFaliviados, molestos, dejar\xE1n de llamar a soporte?",
    metricWithoutNumber: "Esta m\xE9trica de \xE9xito no tiene n\xFAmero, porcentaje, umbral ni plazo: di qu\xE9 n\xFAmero debe moverse y para cu\xE1ndo.",
    evidenceWithoutSource: 'Esta evidencia no cita una fuente: a\xF1ade un enlace, un ticket, una cita, una fecha o un recuento ("14 de 20 entrevistados").',
    invalidSuppression: "Este comentario customer-lens-disable no indica un motivo, as\xED que no desactiva nada: escribe `-- why` despu\xE9s de la regla.",
    unknownSuppressedRule: 'customer-lens-disable menciona "{rule}", que no es una regla de Customer Lens, as\xED que no se desactiva nada.',
    fileTooLarge: "Este archivo supera los {limit} MB y no se ha revisado.",
    fileTooManyLines: "Este archivo tiene m\xE1s de {lines} l\xEDneas y no se ha revisado.",
    unknownPersona: 'Ninguna ficha de persona define "{id}": revisa el id o crea su ficha.',
    unusedPersona: 'Ninguna decisi\xF3n ni especificaci\xF3n cita a la persona "{id}": n\xF3mbrala en `customers:` de un documento, o retira la ficha.',
    frontMatterUnclosed: "el front matter no est\xE1 cerrado: a\xF1ade una l\xEDnea con `---` despu\xE9s",
    frontMatterInvalid: "front matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "el front matter no es un conjunto de l\xEDneas `clave: valor`",
    recordNotAMap: "un registro YAML debe ser un conjunto de l\xEDneas `clave: valor`",
    yamlTooLarge: "mayor de 1 MiB; no se ha le\xEDdo",
    yamlTooManyErrors: "m\xE1s de 1000 errores de sintaxis; no se ha le\xEDdo",
    yamlTooDeep: "anidado m\xE1s de 64 niveles; no se ha le\xEDdo",
    yamlTooComplex: "m\xE1s de 50.000 tokens; no se ha le\xEDdo",
    config: {
      yamlInvalid: "YAML no v\xE1lido: {problem}",
      keysNotUnique: "las claves de un mapa no pueden repetirse",
      notAMapping: "la configuraci\xF3n debe ser un mapa con kinds, rules, headings o words",
      unknownSetting: 'opci\xF3n desconocida "{setting}": usa kinds, rules, headings o words',
      kindsNotAMap: "`kinds` debe asociar `decision`, `spec` y `persona` con sus opciones",
      unknownKind: 'tipo desconocido "{kind}": usa decision, spec o persona',
      kindNotAMap: "kinds.{kind} debe contener include, exclude o concepts",
      unknownKindSetting: "opci\xF3n desconocida {setting}: usa include, exclude o concepts",
      rulesNotAMap: "`rules` debe asociar los ids de las reglas con error, warning, info, hint u off",
      unknownRule: 'regla desconocida "{rule}"',
      ruleNotConfigurable: "{rule} no se puede configurar: una configuraci\xF3n con errores siempre se notifica",
      badSeverity: "rules.{rule} debe ser error, warning, info, hint u off",
      headingsNotAMap: "`headings` debe asociar conceptos con listas de encabezados adicionales",
      unknownConcept: 'concepto desconocido "{concept}": usa {concepts}',
      unknownConceptIn: 'concepto desconocido "{concept}" en {setting}: usa {concepts}',
      notAList: "{setting} debe ser una lista de cadenas",
      notStrings: "{setting} solo puede contener cadenas",
      globInvalid: "{setting}: {problem}",
      globMalformed: "glob no v\xE1lido",
      globEmpty: "glob vac\xEDo",
      globTooLong: "glob de m\xE1s de {limit} caracteres",
      globTooDeep: 'el glob "{glob}..." anida llaves en m\xE1s de {limit} niveles',
      globUnbalanced: '"{bracket}" sin pareja en el glob "{glob}"',
      globTooManyAlternatives: 'el glob "{glob}" tiene m\xE1s de {limit} alternativas',
      globsTooMuch: "{setting}: los globs de esta configuraci\xF3n son demasiados o demasiado largos en conjunto (m\xE1s de {limit} caracteres en todas sus alternativas); este y los siguientes se ignoran",
      headingsTooMany: "headings.{concept} tiene m\xE1s de {limit} t\xEDtulos; los que siguen a los primeros {limit} se ignoran",
      wordsNotAMap: "`words` debe asociar who, feeling, metric o evidence con listas de palabras (o con idiomas y sus listas)",
      unknownSignal: 'se\xF1al desconocida "{setting}": usa who, feeling, metric o evidence',
      unknownLanguage: "{setting}: no es un idioma; usa en, it, es, pl, de, fr o pt",
      wordsTooMany: "{setting} tiene m\xE1s de {limit} palabras; las que siguen a las primeras {limit} se ignoran",
      headingTooLong: 'headings.{concept}: "{heading}" tiene m\xE1s de {limit} palabras, y ning\xFAn t\xEDtulo tan largo nombra un concepto; se ignora',
      fileIsFolder: "{path} es una carpeta, no un archivo de configuraci\xF3n; se aplican los valores predeterminados",
      fileNotRegular: "el archivo de configuraci\xF3n no es un archivo normal ({type}); se aplican los valores predeterminados",
      fileLinksOutside: "el archivo de configuraci\xF3n apunta fuera de {folder} y no se ha le\xEDdo; se aplican los valores predeterminados",
      fileUnreadable: "no se puede leer el archivo de configuraci\xF3n ({code}); se aplican los valores predeterminados",
      fileTooLarge: "el archivo de configuraci\xF3n supera 1 MB; se aplican los valores predeterminados"
    }
  },
  ui: {
    checklist: "Checklist del cliente",
    present: "presente",
    hollow: "sin contenido",
    missing: "ausente",
    notRequired: "no obligatoria",
    diffCompared: "Comparado con el otro lado del diff",
    diffNew: "Registro nuevo: el otro lado del diff no es una decisi\xF3n ni una especificaci\xF3n.",
    diffStill: "sigue {state}",
    diffUnchanged: "cada concepto del cliente sigue presente",
    diffCoverage: "Cobertura: {before} \u2192 {after} ({was} \u2192 {now} conceptos obligatorios presentes)",
    foundAt: "\xAB{label}\xBB, l\xEDnea {line}",
    status: "Estado",
    decision: "registro de decisi\xF3n",
    spec: "especificaci\xF3n",
    statusMeaning: {
      draft: "Borrador: mientras escribes, los avisos se muestran con su gravedad habitual.",
      proposed: "Propuesta: los avisos pasan a ser advertencias, para que quien revise sepa qu\xE9 preguntar antes de aceptarla.",
      accepted: "Aceptada: que falte el impacto en el cliente, el problema resuelto o el valor creado es un error.",
      history: "Hist\xF3rico (rechazada, obsoleta o reemplazada): no se muestra nada por encima del nivel informativo."
    },
    questionsToAsk: "Preguntas para el autor",
    sectionMustAnswer: "Esta secci\xF3n deber\xEDa responder",
    goodExample: "Un buen ejemplo",
    ruleDocs: "Documentaci\xF3n de la regla",
    addSection: 'A\xF1adir la secci\xF3n "{heading}"',
    addAllSections: "A\xF1adir todas las secciones de cliente que faltan",
    suppressRule: "Desactivar {rule} en este archivo (con un motivo)",
    suppressReason: "por qu\xE9 no se aplica aqu\xED",
    judgement: "Hasta qu\xE9 punto responde esta secci\xF3n",
    namesCustomer: "nombra a un cliente o un perfil",
    citesEvidence: "cita evidencia (un enlace, un ticket, una frase o una cifra)",
    saysFeeling: "dice c\xF3mo se sentir\xE1n los clientes",
    lacksCustomer: "no nombra a ning\xFAn cliente ni perfil",
    lacksEvidence: "no cita evidencia (un enlace, un ticket, una frase o una cifra)",
    lacksFeeling: "no dice c\xF3mo se sentir\xE1n los clientes",
    givesNumber: "da un n\xFAmero, un umbral o un plazo",
    lacksNumber: "no da n\xFAmero, umbral ni plazo",
    addScaffold: 'A\xF1adir una l\xEDnea para completar: "{heading}"',
    scaffolds: { who: "Qui\xE9n: {qu\xE9 clientes}", feeling: "Se sentir\xE1n: {c\xF3mo se sentir\xE1n o reaccionar\xE1n los clientes}", metric: "Objetivo: {un n\xFAmero, un porcentaje o una fecha}", evidence: "Fuente: {un enlace, un ticket, una cita, una fecha o un recuento}" }
  },
  persona: {
    sections: { segment: "Segmento", jobs: "Trabajos por hacer", pains: "Frustraciones", gains: "Beneficios", quotes: "Citas", empathyMap: "Mapa de empat\xEDa", thinksFeels: "Piensa y siente", says: "Dice", does: "Hace", hears: "Oye" },
    prompts: {
      segment: "Qu\xE9 grupo de clientes representa esta persona y cu\xE1ntos son.",
      jobs: "Qu\xE9 intentan conseguir, con sus palabras.",
      pains: "Qu\xE9 les estorba, les quita tiempo o les preocupa.",
      gains: "C\xF3mo es el \xE9xito para ellos.",
      quotes: "Sus propias palabras, con d\xF3nde y cu\xE1ndo las dijeron.",
      empathyMap: "Qu\xE9 aprendimos al observarlos y escucharlos.",
      thinksFeels: "Qu\xE9 les importa; qu\xE9 les preocupa.",
      says: "Qu\xE9 dicen en entrevistas y tickets.",
      does: "Qu\xE9 hacen, seg\xFAn lo vimos.",
      hears: "Qu\xE9 oyen de colegas, jefes y otras herramientas."
    },
    persona: "Persona",
    usedBy: "citada por {decisions} decisiones \xB7 {specs} especificaciones",
    createCard: 'Crear la ficha de persona "{id}"',
    useId: 'Cambiar a "{id}"',
    idIsFileName: 'El id "{id}" es el nombre del archivo de su ficha: renombra el archivo, o antes da a la ficha un `id:`.',
    invalidId: "Un id de persona solo lleva letras, d\xEDgitos, - y _."
  },
  report: {
    title: "Customer Lens: mapa de decisiones",
    heading: "Mapa de decisiones",
    intro: "D\xF3nde est\xE1 el cliente en cada decisi\xF3n y especificaci\xF3n: cada concepto que un registro trata, deja escaso o vac\xEDo, u omite.",
    generated: "Hecho el {today} a partir de {sources}.",
    coverage: "Cobertura",
    coverageLine: "{present} de {required} conceptos del cliente obligatorios presentes, en {records} registros ({decisions} decisiones, {specs} especificaciones). Las secciones escasas cuentan como presentes.",
    coverageNone: "Ninguna decisi\xF3n ni especificaci\xF3n pide un concepto del cliente: la cobertura no est\xE1 definida.",
    perConceptCaption: "Cobertura por concepto, y cu\xE1ntos registros tienen cada estado",
    perConceptChart: "Cobertura por concepto",
    concept: "Concepto",
    presentOfRequired: "Presentes de obligatorios",
    heatmap: "Registros \xD7 conceptos",
    heatmapCaption: "Cada registro (fila) y el estado de cada concepto del cliente (columna). S\xEDmbolos: {legend}.",
    legend: "Qu\xE9 significa cada estado",
    record: "Registro",
    kind: "Tipo",
    status: "Estado",
    state: "Situaci\xF3n",
    folder: "Carpeta",
    date: "Fecha",
    personas: "Personas",
    filters: "Filtrar los registros",
    any: "todos",
    showing: "Se muestran {shown} de {total} registros.",
    groupings: "Agrupaciones",
    byKind: "Cobertura por tipo",
    byStatus: "Cobertura por estado",
    byFolder: "Cobertura por carpeta",
    group: "Grupo",
    records: "Registros",
    personasHeading: "Para qui\xE9n se toman las decisiones",
    personasCaption: "Cada persona, los registros que la citan, y la \xFAltima vez que uno lo hizo",
    persona: "Persona",
    card: "Ficha",
    lastDecided: "\xDAltima decisi\xF3n para ella",
    recent: "En los \xFAltimos {days} d\xEDas",
    yes: "s\xED",
    no: "no",
    nobody: "nadie decidi\xF3 para ella",
    stale: "Personas para las que nadie decidi\xF3 en los \xFAltimos {days} d\xEDas: {list}.",
    noneStale: "Cada persona tuvo una decisi\xF3n tomada para ella en los \xFAltimos {days} d\xEDas.",
    noPersonas: "Ning\xFAn registro cita una persona, y no se encontr\xF3 ninguna ficha de persona.",
    undated: "Un registro sin fecha (date: en el front matter, o el \xFAltimo commit de git) no cuenta como reciente.",
    history: "Cobertura en el tiempo",
    historyChart: "Cobertura de los registros en cada commit que cambi\xF3 uno, del {from} ({first}) al {to} ({last}).",
    historyCaption: "Cobertura en los commits que cambiaron un registro (como mucho {n}, repartidos por igual)",
    historyNone: "Sin historial: {why}",
    commit: "Commit",
    notes: "Notas",
    none: "ninguna",
    openRecord: "Abrir {path} en {concept}",
    notAvailable: "n/d",
    noHistoryAsked: "no pedido (--no-history).",
    noHistoryMerged: "un mapa unido a partir de salidas JSON no lo tiene; el informe de cada repositorio s\xED.",
    mergedSuppressions: "Unido a partir de salidas de check --format json: las supresiones no est\xE1n en ellas, as\xED que ninguna celda aparece suprimida; un hallazgo names-no-customer cuyo concepto no dice el JSON aparece bajo su registro.",
    mergedDates: "La fecha de un registro no est\xE1 en las salidas JSON: solo los registros con fecha cuentan como recientes para las personas.",
    states: { present: "presente", thin: "escaso", hollow: "vac\xEDo", missing: "ausente", suppressed: "suprimido", "not-required": "no obligatorio" },
    meanings: {
      present: "la secci\xF3n est\xE1 escrita y dice lo que debe",
      thin: "escrita, pero una regla de fondo pide m\xE1s: qui\xE9nes son los clientes, c\xF3mo se sentir\xE1n, un n\xFAmero o una fuente",
      hollow: "el encabezado est\xE1, sin nada debajo salvo l\xEDneas en blanco o texto provisional",
      missing: "el registro debe tratar este concepto y no lo hace",
      suppressed: "ausente o vac\xEDo, y un comentario customer-lens-disable lo silencia; su motivo aparece en la celda",
      "not-required": "el tipo y el estado del registro no piden este concepto"
    }
  }
};

// server/src/engine/l10n/fr.ts
var fr2 = {
  language: "fr",
  concepts: {
    "customer-impact": {
      heading: "Impact client",
      prompt: "Qu'est-ce que cela change pour nos clients, et comment vont-ils le vivre ?",
      missing: "Impact client absent : indiquez ce que cela change pour le client et comment il va le vivre.",
      questions: [
        "Qu'est-ce qui change pour le client, et quand s'en rendra-t-il compte ?",
        "Comment va-t-il le vivre : soulag\xE9, surpris, agac\xE9 ?",
        "Qui est le plus touch\xE9, et que faisons-nous pour lui ?"
      ],
      askAuthor: ["Comment les clients vont-ils remarquer ce changement ?", "Quels clients pourraient en p\xE2tir, et comment amortir le choc ?"],
      example: "Les commer\xE7ants de l'offre Basic verront le nouveau tarif sur leur prochaine facture ; la plupart ne s'en soucieront pas, mais les 300 qui utilisent beaucoup de modules compl\xE9mentaires paieront plus, donc nous les pr\xE9venons par e-mail un mois \xE0 l'avance.",
      why: "Une d\xE9cision qui ne dit jamais comment les clients la vivront leur r\xE9serve des surprises."
    },
    "problem-solved": {
      heading: "Probl\xE8me r\xE9solu",
      prompt: "Quel probl\xE8me de nos clients cela r\xE9sout-il, et comment savons-nous qu'il existe vraiment ?",
      missing: "Probl\xE8me r\xE9solu absent : indiquez quel probl\xE8me du client cela r\xE9sout, avec ses propres mots.",
      questions: ["Quel probl\xE8me du client cela r\xE9sout-il ?", "\xC0 quelle fr\xE9quence le rencontre-t-il, et combien cela lui co\xFBte-t-il ?", "Comment savons-nous que le probl\xE8me est r\xE9el ?"],
      askAuthor: ["Quel probl\xE8me client cela r\xE9sout-il ?", "Comment savons-nous que les clients ont vraiment ce probl\xE8me ?"],
      example: "Les clients de la pharmacie en ligne abandonnent leur panier quand le formulaire de carte expire sur une connexion lente : 4 % des commandes sur mobile le trimestre dernier.",
      why: "Un travail qui ne r\xE9sout aucun probl\xE8me client gaspille leur argent et notre temps pour quelque chose dont ils n'ont pas besoin."
    },
    "value-created": {
      heading: "Valeur cr\xE9\xE9e",
      prompt: "Qu'est-ce que les clients y gagnent, et pourquoi cela compte-t-il pour eux ?",
      missing: "Valeur cr\xE9\xE9e absente : indiquez ce que le client y gagne et pourquoi cela compterait pour lui.",
      questions: ["Que gagne le client : du temps, de l'argent, de la s\xE9r\xE9nit\xE9, moins d'efforts ?", "Pourquoi cela compterait-il assez pour qu'il le remarque ?"],
      askAuthor: ["Qu'est-ce que le client y gagne ?", "Un client paierait-il pour cela, ou le regretterait-il si cela disparaissait ?"],
      example: "Les cabinets comptables bouclent leur mois deux jours plus t\xF4t, car les factures se rapprochent toutes seules.",
      why: "Une valeur que le client ne sait pas nommer est une valeur qu'il ne ressentira pas."
    },
    "customer-segment": {
      heading: "Clients",
      prompt: "Quels clients sont concern\xE9s, et lesquels comptent le plus ici ?",
      missing: "Aucun client nomm\xE9 : indiquez \xE0 quels clients (persona, segment, offre) cela s'adresse.",
      questions: ["Qui sont les clients : quelle persona, quel segment, quelle offre ?", "Lesquels comptent le plus pour cette d\xE9cision ?"],
      askAuthor: ["\xC0 quels clients cela s'adresse-t-il ?", "Quels clients avons-nous laiss\xE9s de c\xF4t\xE9, et est-ce voulu ?"],
      example: "Commer\xE7ants ind\xE9pendants sur l'offre Basic, qui g\xE8rent le plus souvent une seule boutique depuis leur t\xE9l\xE9phone.",
      why: "Sans client nomm\xE9, personne ne peut dire si la d\xE9cision le sert."
    },
    "customer-evidence": {
      heading: "Retours clients",
      prompt: "Qu'est-ce que les clients nous ont dit ou montr\xE9 (retours, \xE9tudes, donn\xE9es) qui appuie ce choix ?",
      missing: "Aucun retour client : citez ce que les clients nous ont dit ou montr\xE9 (une citation, un ticket, une \xE9tude, un chiffre).",
      questions: ["Qu'est-ce que les clients nous ont dit ou montr\xE9 ?", "Quels tickets, entretiens, sondages ou chiffres l'\xE9tayent ?"],
      askAuthor: ["Quels clients avons-nous \xE9cout\xE9s ?", "Quelles preuves montrent que les clients le veulent ?"],
      example: "\xAB J'ai laiss\xE9 tomber et j'ai pay\xE9 par t\xE9l\xE9phone \xBB - ticket support #4812 ; 37 tickets similaires depuis mars.",
      why: "La voix du client \xE9vite qu'une d\xE9cision ne repose que sur nos propres suppositions."
    },
    "success-metrics": {
      heading: "Indicateurs de succ\xE8s",
      prompt: "Comment saurons-nous que cela a march\xE9 pour les clients, et quel chiffre devrait bouger ?",
      missing: "Aucun indicateur de succ\xE8s : indiquez comment nous saurons que cela a march\xE9 pour le client, et quel chiffre doit bouger.",
      questions: ["Comment saurons-nous que cela a march\xE9 pour les clients ?", "Quel chiffre bouge, de combien \xE0 combien, et d'ici quand ?"],
      askAuthor: ["Comment saurons-nous que les clients s'en portent mieux ?", "Quelle mesure nous dirait de revenir en arri\xE8re ?"],
      example: "L'abandon de panier sur mobile passe de 4 % \xE0 moins de 2 % en six semaines.",
      why: "Mesurer le succ\xE8s tel que le client le ressent nous dit s'il s'en porte vraiment mieux."
    },
    "close-the-loop": {
      heading: "Suivi client",
      prompt: "Comment et quand dirons-nous aux clients ce qui a chang\xE9, et qui s'en charge ?",
      missing: "Aucun suivi client : indiquez comment et quand nous revenons vers les clients une fois le travail termin\xE9.",
      questions: ["Comment et quand dirons-nous aux clients ce qui a chang\xE9 ?", "Qui revient vers ceux qui l'avaient demand\xE9 ?"],
      askAuthor: ["Comment allons-nous l'annoncer aux clients ?", "Qui recontacte les clients qui l'ont signal\xE9 ?"],
      example: "\xC0 la mise en ligne, le support r\xE9pond aux 37 tickets li\xE9s ; le journal des modifications et un bandeau dans l'appli l'annoncent.",
      why: "Les clients qui re\xE7oivent une r\xE9ponse savent qu'ils ont \xE9t\xE9 \xE9cout\xE9s, et nous en disent plus la fois suivante."
    }
  },
  messages: {
    emptySection: "La section \xAB {label} \xBB est vide : {prompt}",
    placeholderText: "La section \xAB {label} \xBB ne contient que du texte de remplissage : {prompt}",
    unjustifiedNoImpact: "L'impact client indique \xAB aucun \xBB sans justification : expliquez pourquoi les clients ne le remarqueront pas, ou qui pourrait le remarquer.",
    namesNoCustomer: "Dit ce qui se passe, mais pas pour qui : nommez les clients (un mot comme \xAB clients \xBB, un persona, ou ceux que nomme la section sur les clients).",
    impactWithoutFeeling: "Dit ce qui change pour les clients, mais pas comment ils le vivront ni comment ils r\xE9agiront : soulag\xE9s, agac\xE9s, cesseront-ils d'appeler le support ?",
    metricWithoutNumber: "Cet indicateur de succ\xE8s n'a ni nombre, ni pourcentage, ni seuil, ni \xE9ch\xE9ance : dites quel chiffre doit bouger, et d'ici quand.",
    evidenceWithoutSource: "Ce retour ne cite aucune source : ajoutez un lien, un ticket, une citation, une date ou un d\xE9compte (\xAB 14 personnes interrog\xE9es sur 20 \xBB).",
    invalidSuppression: "Ce commentaire customer-lens-disable ne donne aucune raison et ne d\xE9sactive donc rien : \xE9crivez `-- why` apr\xE8s la r\xE8gle.",
    unknownSuppressedRule: "customer-lens-disable cite \xAB {rule} \xBB, qui n'est pas une r\xE8gle de Customer Lens : rien n'est donc d\xE9sactiv\xE9 pour elle.",
    fileTooLarge: "Ce fichier d\xE9passe {limit} Mo et n'a pas \xE9t\xE9 v\xE9rifi\xE9.",
    fileTooManyLines: "Ce fichier compte plus de {lines} lignes et n'a pas \xE9t\xE9 v\xE9rifi\xE9.",
    unknownPersona: "Aucune fiche persona ne d\xE9finit \xAB {id} \xBB : v\xE9rifiez l'identifiant ou cr\xE9ez la fiche.",
    unusedPersona: "Aucune d\xE9cision ni sp\xE9cification ne cite la persona \xAB {id} \xBB : nommez-la dans le `customers:` d'un document, ou retirez la fiche.",
    frontMatterUnclosed: "le front matter n'est pas ferm\xE9 : ajoutez une ligne `---` apr\xE8s lui",
    frontMatterInvalid: "front matter : {problem}",
    recordInvalid: "YAML : {problem}",
    frontMatterNotAMap: "le front matter n'est pas un ensemble de lignes `cl\xE9: valeur`",
    recordNotAMap: "un enregistrement YAML doit \xEAtre un ensemble de lignes `cl\xE9: valeur`",
    yamlTooLarge: "plus de 1 Mio ; non lu",
    yamlTooManyErrors: "plus de 1000 erreurs de syntaxe ; non lu",
    yamlTooDeep: "imbriqu\xE9 sur plus de 64 niveaux ; non lu",
    yamlTooComplex: "plus de 50 000 jetons ; non lu",
    config: {
      yamlInvalid: "YAML non valide : {problem}",
      keysNotUnique: "chaque cl\xE9 ne doit appara\xEEtre qu'une fois",
      notAMapping: "la configuration doit \xEAtre un dictionnaire avec les cl\xE9s kinds, rules, headings ou words",
      unknownSetting: "param\xE8tre inconnu \xAB {setting} \xBB : utilisez kinds, rules, headings ou words",
      kindsNotAMap: "`kinds` doit associer `decision`, `spec` et `persona` \xE0 leurs param\xE8tres",
      unknownKind: "type inconnu \xAB {kind} \xBB : utilisez decision, spec ou persona",
      kindNotAMap: "kinds.{kind} doit contenir include, exclude ou concepts",
      unknownKindSetting: "param\xE8tre inconnu {setting} : utilisez include, exclude ou concepts",
      rulesNotAMap: "`rules` doit associer des identifiants de r\xE8gle \xE0 error, warning, info, hint ou off",
      unknownRule: "r\xE8gle inconnue \xAB {rule} \xBB",
      ruleNotConfigurable: "{rule} ne peut pas \xEAtre configur\xE9e : une configuration invalide est toujours signal\xE9e",
      badSeverity: "rules.{rule} doit valoir error, warning, info, hint ou off",
      headingsNotAMap: "`headings` doit associer des concepts \xE0 des listes de titres suppl\xE9mentaires",
      unknownConcept: "concept inconnu \xAB {concept} \xBB : utilisez {concepts}",
      unknownConceptIn: "concept inconnu \xAB {concept} \xBB dans {setting} : utilisez {concepts}",
      notAList: "{setting} doit \xEAtre une liste de cha\xEEnes",
      notStrings: "{setting} ne doit contenir que des cha\xEEnes",
      globInvalid: "{setting} : {problem}",
      globMalformed: "glob invalide",
      globEmpty: "glob vide",
      globTooLong: "glob de plus de {limit} caract\xE8res",
      globTooDeep: "le glob \xAB {glob}... \xBB imbrique des accolades sur plus de {limit} niveaux",
      globUnbalanced: "\xAB {bracket} \xBB sans correspondance dans le glob \xAB {glob} \xBB",
      globTooManyAlternatives: "le glob \xAB {glob} \xBB a plus de {limit} variantes",
      globsTooMuch: "{setting} : les globs de cette configuration sont trop nombreux ou trop longs au total (plus de {limit} caract\xE8res dans toutes leurs variantes) ; celui-ci et les suivants sont ignor\xE9s",
      headingsTooMany: "headings.{concept} a plus de {limit} titres ; ceux qui suivent les {limit} premiers sont ignor\xE9s",
      wordsNotAMap: "`words` doit associer who, feeling, metric ou evidence \xE0 des listes de mots (ou \xE0 des langues et leurs listes)",
      unknownSignal: "signal inconnu \xAB {setting} \xBB : utilisez who, feeling, metric ou evidence",
      unknownLanguage: "{setting} : ce n'est pas une langue ; utilisez en, it, es, pl, de, fr ou pt",
      wordsTooMany: "{setting} a plus de {limit} mots ; ceux qui suivent les {limit} premiers sont ignor\xE9s",
      headingTooLong: "headings.{concept} : \xAB {heading} \xBB a plus de {limit} mots, et aucun titre aussi long ne nomme un concept ; il est ignor\xE9",
      fileIsFolder: "{path} est un dossier, pas un fichier de configuration ; les valeurs par d\xE9faut s'appliquent",
      fileNotRegular: "le fichier de configuration n'est pas un fichier ordinaire ({type}) ; les valeurs par d\xE9faut s'appliquent",
      fileLinksOutside: "le fichier de configuration pointe hors de {folder} et n'a pas \xE9t\xE9 lu ; les valeurs par d\xE9faut s'appliquent",
      fileUnreadable: "impossible de lire le fichier de configuration ({code}) ; les valeurs par d\xE9faut s'appliquent",
      fileTooLarge: "le fichier de configuration d\xE9passe 1 Mo ; les valeurs par d\xE9faut s'appliquent"
    }
  },
  ui: {
    checklist: "Checklist client",
    present: "pr\xE9sente",
    hollow: "vide",
    missing: "absente",
    notRequired: "facultative",
    diffCompared: "Compar\xE9 \xE0 l\u2019autre c\xF4t\xE9 du diff",
    diffNew: "Nouvel enregistrement : l\u2019autre c\xF4t\xE9 du diff n\u2019est ni une d\xE9cision ni une sp\xE9cification.",
    diffStill: "toujours {state}",
    diffUnchanged: "chaque concept client toujours pr\xE9sent",
    diffCoverage: "Couverture : {before} \u2192 {after} ({was} \u2192 {now} concepts requis pr\xE9sents)",
    foundAt: "\xAB {label} \xBB, ligne {line}",
    status: "Statut",
    decision: "fiche de d\xE9cision",
    spec: "sp\xE9cification",
    statusMeaning: {
      draft: "Brouillon : les remarques gardent leur gravit\xE9 habituelle pendant que vous r\xE9digez.",
      proposed: "Propos\xE9 : les remarques sont des avertissements, pour que les relecteurs sachent quoi demander avant l'acceptation.",
      accepted: "Accept\xE9 : l'absence d'impact client, de probl\xE8me r\xE9solu ou de valeur cr\xE9\xE9e est une erreur.",
      history: "Historique (rejet\xE9, obsol\xE8te ou remplac\xE9) : rien n'est signal\xE9 au-del\xE0 du niveau information."
    },
    questionsToAsk: "Questions \xE0 poser \xE0 l'auteur",
    sectionMustAnswer: "Cette section devrait r\xE9pondre \xE0",
    goodExample: "Un bon exemple",
    ruleDocs: "Documentation de la r\xE8gle",
    addSection: "Ajouter la section \xAB {heading} \xBB",
    addAllSections: "Ajouter toutes les sections client manquantes",
    suppressRule: "D\xE9sactiver {rule} dans ce fichier (avec une raison)",
    suppressReason: "pourquoi cela ne s'applique pas ici",
    judgement: "Dans quelle mesure cette section r\xE9pond",
    namesCustomer: "nomme un client ou une persona",
    citesEvidence: "cite des preuves (un lien, un ticket, une citation ou un chiffre)",
    saysFeeling: "dit comment les clients vont le vivre",
    lacksCustomer: "ne nomme ni client ni persona",
    lacksEvidence: "ne cite aucune preuve (lien, ticket, citation ou chiffre)",
    lacksFeeling: "ne dit pas comment les clients vont le vivre",
    givesNumber: "donne un nombre, un seuil ou une \xE9ch\xE9ance",
    lacksNumber: "ne donne ni nombre, ni seuil, ni \xE9ch\xE9ance",
    addScaffold: "Ajouter une ligne \xE0 compl\xE9ter : \xAB {heading} \xBB",
    scaffolds: { who: "Qui : {quels clients}", feeling: "Ils le vivront : {comment les clients le vivront ou r\xE9agiront}", metric: "Objectif : {un nombre, un pourcentage ou une date}", evidence: "Source : {un lien, un ticket, une citation, une date ou un d\xE9compte}" }
  },
  persona: {
    sections: { segment: "Segment", jobs: "T\xE2ches \xE0 accomplir", pains: "Irritants", gains: "Gains", quotes: "Citations", empathyMap: "Carte d'empathie", thinksFeels: "Pense et ressent", says: "Dit", does: "Fait", hears: "Entend" },
    prompts: {
      segment: "Quel groupe de clients cette persona repr\xE9sente, et combien ils sont.",
      jobs: "Ce qu'ils cherchent \xE0 accomplir, avec leurs mots.",
      pains: "Ce qui les g\xEAne, leur fait perdre du temps ou les inqui\xE8te.",
      gains: "\xC0 quoi ressemble la r\xE9ussite pour eux.",
      quotes: "Leurs propres mots, avec o\xF9 et quand ils les ont dits.",
      empathyMap: "Ce que nous avons appris en les observant et en les \xE9coutant.",
      thinksFeels: "Ce qui compte pour eux ; ce qui les inqui\xE8te.",
      says: "Ce qu'ils disent en entretien et dans les tickets.",
      does: "Ce qu'ils font, tel que nous l'avons vu.",
      hears: "Ce qu'ils entendent de leurs pairs, de leurs responsables et d'autres outils."
    },
    persona: "Persona",
    usedBy: "cit\xE9e par {decisions} d\xE9cisions \xB7 {specs} sp\xE9cifications",
    createCard: "Cr\xE9er la fiche persona \xAB {id} \xBB",
    useId: "Remplacer par \xAB {id} \xBB",
    idIsFileName: "L'identifiant \xAB {id} \xBB est le nom du fichier de sa fiche : renommez le fichier, ou donnez d'abord un `id:` \xE0 la fiche.",
    invalidId: "Un identifiant de persona ne contient que des lettres, des chiffres, - et _."
  },
  report: {
    title: "Customer Lens : carte des d\xE9cisions",
    heading: "Carte des d\xE9cisions",
    intro: "O\xF9 se trouve le client dans chaque d\xE9cision et sp\xE9cification : chaque concept qu\u2019un enregistrement traite, laisse mince ou vide, ou oublie.",
    generated: "Faite le {today} \xE0 partir de {sources}.",
    coverage: "Couverture",
    coverageLine: "{present} concepts client requis pr\xE9sents sur {required}, dans {records} enregistrements ({decisions} d\xE9cisions, {specs} sp\xE9cifications). Les sections minces comptent comme pr\xE9sentes.",
    coverageNone: "Aucune d\xE9cision ni sp\xE9cification ne demande de concept client : la couverture n\u2019est pas d\xE9finie.",
    perConceptCaption: "Couverture par concept, et combien d\u2019enregistrements sont dans chaque \xE9tat",
    perConceptChart: "Couverture par concept",
    concept: "Concept",
    presentOfRequired: "Pr\xE9sents sur requis",
    heatmap: "Enregistrements \xD7 concepts",
    heatmapCaption: "Chaque enregistrement (ligne) et l\u2019\xE9tat de chaque concept client (colonne). Symboles : {legend}.",
    legend: "Ce que signifie chaque \xE9tat",
    record: "Enregistrement",
    kind: "Type",
    status: "Statut",
    state: "\xC9tat",
    folder: "Dossier",
    date: "Date",
    personas: "Personas",
    filters: "Filtrer les enregistrements",
    any: "tous",
    showing: "{shown} enregistrements affich\xE9s sur {total}.",
    groupings: "Regroupements",
    byKind: "Couverture par type",
    byStatus: "Couverture par statut",
    byFolder: "Couverture par dossier",
    group: "Groupe",
    records: "Enregistrements",
    personasHeading: "Pour qui les d\xE9cisions sont prises",
    personasCaption: "Chaque persona, les enregistrements qui la citent, et la derni\xE8re fois que l\u2019un l\u2019a fait",
    persona: "Persona",
    card: "Fiche",
    lastDecided: "Derni\xE8re d\xE9cision pour elle",
    recent: "Dans les {days} derniers jours",
    yes: "oui",
    no: "non",
    nobody: "personne n\u2019a d\xE9cid\xE9 pour elle",
    stale: "Personas pour qui personne n\u2019a d\xE9cid\xE9 dans les {days} derniers jours : {list}.",
    noneStale: "Chaque persona a eu une d\xE9cision prise pour elle dans les {days} derniers jours.",
    noPersonas: "Aucun enregistrement ne cite de persona, et aucune fiche persona n\u2019a \xE9t\xE9 trouv\xE9e.",
    undated: "Un enregistrement sans date (date: dans le front matter, ou le dernier commit git) ne compte pas comme r\xE9cent.",
    history: "Couverture dans le temps",
    historyChart: "Couverture des enregistrements \xE0 chaque commit qui en a modifi\xE9 un, du {from} ({first}) au {to} ({last}).",
    historyCaption: "Couverture aux commits qui ont modifi\xE9 un enregistrement ({n} au plus, r\xE9partis r\xE9guli\xE8rement)",
    historyNone: "Pas d\u2019historique : {why}",
    commit: "Commit",
    notes: "Remarques",
    none: "aucune",
    openRecord: "Ouvrir {path} \xE0 {concept}",
    notAvailable: "n.d.",
    noHistoryAsked: "non demand\xE9 (--no-history).",
    noHistoryMerged: "une carte fusionn\xE9e \xE0 partir de sorties JSON n\u2019en a pas ; le rapport de chaque d\xE9p\xF4t l\u2019a.",
    mergedSuppressions: "Fusionn\xE9e \xE0 partir de sorties de check --format json : les suppressions n\u2019y figurent pas, donc aucune cellule n\u2019est supprim\xE9e ; un constat names-no-customer dont le JSON ne dit pas le concept est list\xE9 sous son enregistrement.",
    mergedDates: "La date d\u2019un enregistrement n\u2019est pas dans les sorties JSON : seuls les enregistrements dat\xE9s comptent comme r\xE9cents pour les personas.",
    states: { present: "pr\xE9sent", thin: "mince", hollow: "vide", missing: "absent", suppressed: "supprim\xE9", "not-required": "facultatif" },
    meanings: {
      present: "la section est \xE9crite et dit ce qu\u2019elle doit",
      thin: "\xE9crite, mais une r\xE8gle de fond en demande plus : qui sont les clients, ce qu\u2019ils ressentiront, un chiffre ou une source",
      hollow: "le titre est l\xE0, avec seulement des lignes vides ou un texte provisoire dessous",
      missing: "l\u2019enregistrement doit traiter ce concept et ne le fait pas",
      suppressed: "absent ou vide, et un commentaire customer-lens-disable le fait taire ; sa raison est indiqu\xE9e sur la cellule",
      "not-required": "le type et le statut de l\u2019enregistrement ne demandent pas ce concept"
    }
  }
};

// server/src/engine/l10n/it.ts
var it2 = {
  language: "it",
  concepts: {
    "customer-impact": {
      heading: "Impatto sul cliente",
      prompt: "Che cosa cambia per i nostri clienti, e come la prenderanno?",
      missing: "Manca l'impatto sul cliente: scrivi che cosa cambia per il cliente e come la prender\xE0.",
      questions: [
        "Che cosa cambia per il cliente, e quando se ne accorger\xE0?",
        "Come la prender\xE0: con sollievo, con sorpresa, con fastidio?",
        "Chi ne risente di pi\xF9, e che cosa facciamo per loro?"
      ],
      askAuthor: ["Come si accorgeranno i clienti di questo cambiamento?", "Quali clienti potrebbero rimetterci, e come attutiamo il colpo?"],
      example: "I negozianti con il piano Basic vedranno il nuovo prezzo nella prossima fattura; alla maggior parte non cambier\xE0 nulla, ma i 300 che usano molti componenti aggiuntivi pagheranno di pi\xF9, quindi li avvisiamo via email con un mese di anticipo.",
      why: "Se una decisione non dice mai come la vivranno i clienti, le sorprese finiscono per arrivare a loro."
    },
    "problem-solved": {
      heading: "Problema risolto",
      prompt: "Quale problema dei clienti risolve, e come sappiamo che esiste davvero?",
      missing: "Manca il problema risolto: scrivi quale problema del cliente risolve, con le sue parole.",
      questions: ["Quale problema del cliente risolve?", "Quanto spesso lo incontra, e quanto gli costa?", "Come sappiamo che il problema esiste davvero?"],
      askAuthor: ["Quale problema dei clienti risolve?", "Come sappiamo che i clienti hanno davvero questo problema?"],
      example: "I clienti della farmacia online abbandonano il carrello quando il modulo della carta va in timeout sulle connessioni lente: il 4% degli ordini da smartphone nell'ultimo trimestre.",
      why: "Un lavoro che non risolve nessun problema del cliente spende i suoi soldi e il nostro tempo in qualcosa che non gli serve."
    },
    "value-created": {
      heading: "Valore creato",
      prompt: "Che cosa ci guadagnano i clienti, e perch\xE9 dovrebbero tenerci?",
      missing: "Manca il valore creato: scrivi che cosa ci guadagna il cliente e perch\xE9 dovrebbe importargli.",
      questions: ["Che cosa ci guadagna il cliente: tempo, soldi, sicurezza, meno fatica?", "Perch\xE9 dovrebbe importargli abbastanza da accorgersene?"],
      askAuthor: ["Che cosa ne ricava il cliente?", "Un cliente pagherebbe per averlo, o ne sentirebbe la mancanza se sparisse?"],
      example: "Gli studi di commercialisti chiudono il mese due giorni prima, perch\xE9 le fatture si riconciliano da sole.",
      why: "Un valore che il cliente non sa nominare \xE8 un valore che non sentir\xE0."
    },
    "customer-segment": {
      heading: "Clienti",
      prompt: "Quali clienti sono coinvolti, e quali contano di pi\xF9 in questo caso?",
      missing: "Nessun cliente indicato: scrivi chi sono i clienti (persona, segmento, piano) a cui si rivolge.",
      questions: ["Chi sono i clienti: quale persona, segmento o piano?", "Quali di loro contano di pi\xF9 per questa decisione?"],
      askAuthor: ["Per quali clienti \xE8 pensato?", "Quali clienti abbiamo lasciato fuori, ed \xE8 una scelta voluta?"],
      example: "Titolari di negozi indipendenti con il piano Basic, che per lo pi\xF9 gestiscono un solo punto vendita dal telefono.",
      why: "Se il cliente non \xE8 indicato, nessuno pu\xF2 dire se la decisione gli \xE8 utile."
    },
    "customer-evidence": {
      heading: "Evidenze dai clienti",
      prompt: "Che cosa ci hanno detto o mostrato i clienti (feedback, ricerche, dati) a sostegno di questa scelta?",
      missing: "Mancano evidenze dai clienti: cita che cosa ci hanno detto o mostrato (una frase, un ticket, una ricerca, un numero).",
      questions: ["Che cosa ci hanno detto o mostrato i clienti?", "Quali ticket, interviste, sondaggi o numeri lo confermano?"],
      askAuthor: ["Quali clienti abbiamo ascoltato?", "Quali evidenze dicono che i clienti lo vogliono?"],
      example: "\xABAlla fine ho lasciato perdere e ho pagato al telefono\xBB - ticket di assistenza #4812; 37 ticket simili da marzo.",
      why: "La voce dei clienti evita che una decisione si regga solo sulle nostre supposizioni."
    },
    "success-metrics": {
      heading: "Metriche di successo",
      prompt: "Come capiremo che ha funzionato per i clienti, e quale numero dovrebbe cambiare?",
      missing: "Manca una metrica di successo: scrivi come capiremo che ha funzionato per il cliente, e quale numero deve cambiare.",
      questions: ["Come capiremo che ha funzionato per i clienti?", "Quale numero cambia, da quanto a quanto, entro quando?"],
      askAuthor: ["Come sapremo che i clienti stanno meglio?", "Quale misura ci direbbe di tornare indietro?"],
      example: "Gli abbandoni del carrello da smartphone scendono dal 4% a meno del 2% entro sei settimane.",
      why: "Misurare il successo come lo percepisce il cliente ci dice se sta davvero meglio."
    },
    "close-the-loop": {
      heading: "Follow-up con i clienti",
      prompt: "Come e quando faremo sapere ai clienti che cosa \xE8 cambiato, e chi se ne occupa?",
      missing: "Manca il follow-up con i clienti: scrivi come e quando torniamo dai clienti a lavoro finito.",
      questions: ["Come e quando diremo ai clienti che cosa \xE8 cambiato?", "Chi ricontatta chi ce lo aveva chiesto?"],
      askAuthor: ["Come lo comunicheremo ai clienti?", "Chi ricontatta i clienti che avevano sollevato il problema?"],
      example: "Al rilascio l'assistenza risponde ai 37 ticket collegati; il changelog e un banner nell'app annunciano la novit\xE0.",
      why: "I clienti che ricevono una risposta sanno di essere stati ascoltati, e la volta dopo ci raccontano di pi\xF9."
    }
  },
  messages: {
    emptySection: 'La sezione "{label}" \xE8 vuota: {prompt}',
    placeholderText: 'La sezione "{label}" contiene solo testo segnaposto: {prompt}',
    unjustifiedNoImpact: `L'impatto sul cliente dice "nessuno" senza spiegare perch\xE9: scrivi perch\xE9 i clienti non se ne accorgeranno, o chi invece potrebbe accorgersene.`,
    namesNoCustomer: 'Dice che cosa succede, ma non a chi: nomina i clienti (una parola come "clienti", una persona, o chi nomina la sezione sui clienti).',
    impactWithoutFeeling: "Dice che cosa cambia per i clienti, ma non come si sentiranno o come reagiranno: sollevati, infastiditi, smetteranno di chiamare l'assistenza?",
    metricWithoutNumber: "Questa metrica di successo non ha numeri, percentuali, soglie n\xE9 tempi: di' quale numero deve muoversi, ed entro quando.",
    evidenceWithoutSource: 'Questa evidenza non cita una fonte: aggiungi un link, un ticket, una citazione, una data o un conteggio ("14 intervistati su 20").',
    invalidSuppression: "Questo commento customer-lens-disable non indica un motivo, quindi non disattiva nulla: scrivi `-- why` dopo la regola.",
    unknownSuppressedRule: 'customer-lens-disable indica "{rule}", che non \xE8 una regola di Customer Lens, quindi non viene disattivato nulla.',
    fileTooLarge: "Questo file supera i {limit} MB e non \xE8 stato controllato.",
    fileTooManyLines: "Questo file ha pi\xF9 di {lines} righe e non \xE8 stato controllato.",
    unknownPersona: `Nessuna scheda persona definisce "{id}": controlla l'id o crea la scheda.`,
    unusedPersona: 'Nessuna decisione o specifica cita la persona "{id}": indicala in `customers:` di un documento, oppure ritira la scheda.',
    frontMatterUnclosed: "il front matter non \xE8 chiuso: aggiungi una riga con `---` dopo di esso",
    frontMatterInvalid: "front matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "il front matter non \xE8 un insieme di righe `chiave: valore`",
    recordNotAMap: "un record YAML deve essere un insieme di righe `chiave: valore`",
    yamlTooLarge: "pi\xF9 grande di 1 MiB; non letto",
    yamlTooManyErrors: "pi\xF9 di 1000 errori di sintassi; non letto",
    yamlTooDeep: "annidato per pi\xF9 di 64 livelli; non letto",
    yamlTooComplex: "pi\xF9 di 50.000 token; non letto",
    config: {
      yamlInvalid: "YAML non valido: {problem}",
      keysNotUnique: "le chiavi di una mappa devono essere uniche",
      notAMapping: "la configurazione deve essere una mappa con kinds, rules, headings o words",
      unknownSetting: 'impostazione sconosciuta "{setting}": usa kinds, rules, headings o words',
      kindsNotAMap: "`kinds` deve associare `decision`, `spec` e `persona` alle loro impostazioni",
      unknownKind: 'tipo sconosciuto "{kind}": usa decision, spec o persona',
      kindNotAMap: "kinds.{kind} deve contenere include, exclude o concepts",
      unknownKindSetting: "impostazione sconosciuta {setting}: usa include, exclude o concepts",
      rulesNotAMap: "`rules` deve associare gli id delle regole a error, warning, info, hint o off",
      unknownRule: 'regola sconosciuta "{rule}"',
      ruleNotConfigurable: "{rule} non si pu\xF2 configurare: una configurazione non valida viene sempre segnalata",
      badSeverity: "rules.{rule} deve essere error, warning, info, hint o off",
      headingsNotAMap: "`headings` deve associare i concetti a liste di titoli aggiuntivi",
      unknownConcept: 'concetto sconosciuto "{concept}": usa {concepts}',
      unknownConceptIn: 'concetto sconosciuto "{concept}" in {setting}: usa {concepts}',
      notAList: "{setting} deve essere una lista di stringhe",
      notStrings: "{setting} deve contenere solo stringhe",
      globInvalid: "{setting}: {problem}",
      globMalformed: "glob non valido",
      globEmpty: "glob vuoto",
      globTooLong: "glob pi\xF9 lungo di {limit} caratteri",
      globTooDeep: 'il glob "{glob}..." annida le parentesi graffe per pi\xF9 di {limit} livelli',
      globUnbalanced: '"{bracket}" senza corrispondenza nel glob "{glob}"',
      globTooManyAlternatives: 'il glob "{glob}" ha pi\xF9 di {limit} alternative',
      globsTooMuch: "{setting}: i glob di questa configurazione sono troppi o troppo lunghi nel complesso (pi\xF9 di {limit} caratteri in tutte le loro alternative); questo e i successivi vengono ignorati",
      headingsTooMany: "headings.{concept} ha pi\xF9 di {limit} titoli; quelli dopo i primi {limit} vengono ignorati",
      wordsNotAMap: "`words` deve associare who, feeling, metric o evidence a liste di parole (o a lingue e alle loro liste)",
      unknownSignal: 'segnale sconosciuto "{setting}": usa who, feeling, metric o evidence',
      unknownLanguage: "{setting}: non \xE8 una lingua; usa en, it, es, pl, de, fr o pt",
      wordsTooMany: "{setting} ha pi\xF9 di {limit} parole; quelle dopo le prime {limit} vengono ignorate",
      headingTooLong: 'headings.{concept}: "{heading}" ha pi\xF9 di {limit} parole, e nessun titolo cos\xEC lungo nomina un concetto; viene ignorato',
      fileIsFolder: "{path} \xE8 una cartella, non un file di configurazione; valgono le impostazioni predefinite",
      fileNotRegular: "il file di configurazione non \xE8 un file normale ({type}); valgono le impostazioni predefinite",
      fileLinksOutside: "il file di configurazione punta fuori da {folder} e non \xE8 stato letto; valgono le impostazioni predefinite",
      fileUnreadable: "impossibile leggere il file di configurazione ({code}); valgono le impostazioni predefinite",
      fileTooLarge: "il file di configurazione supera 1 MB; valgono le impostazioni predefinite"
    }
  },
  ui: {
    checklist: "Checklist del cliente",
    present: "presente",
    hollow: "vuota",
    missing: "mancante",
    notRequired: "non richiesta",
    diffCompared: "Confronto con l\u2019altro lato del diff",
    diffNew: "Nuovo record: l\u2019altro lato del diff non \xE8 una decisione n\xE9 una specifica.",
    diffStill: "ancora {state}",
    diffUnchanged: "ogni concetto del cliente ancora presente",
    diffCoverage: "Copertura: {before} \u2192 {after} ({was} \u2192 {now} concetti richiesti presenti)",
    foundAt: "\xAB{label}\xBB, riga {line}",
    status: "Stato",
    decision: "documento di decisione",
    spec: "specifica",
    statusMeaning: {
      draft: "Bozza: mentre scrivi, le segnalazioni mantengono la loro gravit\xE0 abituale.",
      proposed: "Proposta: le segnalazioni diventano avvisi, cos\xEC chi revisiona sa che cosa chiedere prima dell'approvazione.",
      accepted: "Accettata: se mancano l'impatto sul cliente, il problema risolto o il valore creato, \xE8 un errore.",
      history: "Storico (respinta, deprecata o sostituita): nulla viene segnalato oltre il livello informativo."
    },
    questionsToAsk: "Domande da fare all'autore",
    sectionMustAnswer: "Questa sezione dovrebbe rispondere a",
    goodExample: "Un buon esempio",
    ruleDocs: "Documentazione della regola",
    addSection: 'Aggiungi la sezione "{heading}"',
    addAllSections: "Aggiungi tutte le sezioni sul cliente mancanti",
    suppressRule: "Disattiva {rule} in questo file (indicando un motivo)",
    suppressReason: "perch\xE9 qui non si applica",
    judgement: "Quanto bene risponde questa sezione",
    namesCustomer: "nomina un cliente o una persona",
    citesEvidence: "cita evidenze (un link, un ticket, una citazione o un numero)",
    saysFeeling: "dice come si sentiranno i clienti",
    lacksCustomer: "non nomina nessun cliente n\xE9 persona",
    lacksEvidence: "non cita evidenze (un link, un ticket, una citazione o un numero)",
    lacksFeeling: "non dice come si sentiranno i clienti",
    givesNumber: "d\xE0 un numero, una soglia o un tempo",
    lacksNumber: "non d\xE0 numeri, soglie n\xE9 tempi",
    addScaffold: 'Aggiungi una riga da completare: "{heading}"',
    scaffolds: { who: "Chi: {quali clienti}", feeling: "Si sentiranno: {come si sentiranno o reagiranno i clienti}", metric: "Obiettivo: {un numero, una percentuale o una data}", evidence: "Fonte: {un link, un ticket, una citazione, una data o un conteggio}" }
  },
  persona: {
    sections: { segment: "Segmento", jobs: "Lavori da svolgere", pains: "Difficolt\xE0", gains: "Benefici", quotes: "Citazioni", empathyMap: "Mappa dell'empatia", thinksFeels: "Pensa e prova", says: "Dice", does: "Fa", hears: "Sente" },
    prompts: {
      segment: "Quale gruppo di clienti rappresenta questa persona, e quanti sono.",
      jobs: "Che cosa cercano di ottenere, con parole loro.",
      pains: "Che cosa li ostacola, fa perdere tempo o preoccupa.",
      gains: "Che aspetto ha il successo per loro.",
      quotes: "Le loro parole, con dove e quando le hanno dette.",
      empathyMap: "Che cosa abbiamo imparato osservandoli e ascoltandoli.",
      thinksFeels: "Che cosa conta per loro; che cosa li preoccupa.",
      says: "Che cosa dicono nelle interviste e nei ticket.",
      does: "Che cosa fanno, come lo abbiamo visto.",
      hears: "Che cosa sentono da colleghi, responsabili e altri strumenti."
    },
    persona: "Persona",
    usedBy: "usata da {decisions} decisioni \xB7 {specs} specifiche",
    createCard: 'Crea la scheda persona "{id}"',
    useId: 'Cambia in "{id}"',
    idIsFileName: 'L\'id "{id}" \xE8 il nome del file della scheda: rinomina il file, o prima dai alla scheda un `id:`.',
    invalidId: "Un id di persona contiene solo lettere, cifre, - e _."
  },
  report: {
    title: "Customer Lens: mappa delle decisioni",
    heading: "Mappa delle decisioni",
    intro: "Dove si trova il cliente in ogni decisione e specifica: ogni concetto che un record tratta, lascia scarno o vuoto, o manca.",
    generated: "Creata il {today} da {sources}.",
    coverage: "Copertura",
    coverageLine: "{present} di {required} concetti del cliente richiesti presenti, in {records} record ({decisions} decisioni, {specs} specifiche). Le sezioni scarne contano come presenti.",
    coverageNone: "Nessuna decisione o specifica richiede un concetto del cliente: la copertura non \xE8 definita.",
    perConceptCaption: "Copertura per concetto, e quanti record hanno ciascuno stato",
    perConceptChart: "Copertura per concetto",
    concept: "Concetto",
    presentOfRequired: "Presenti su richiesti",
    heatmap: "Record \xD7 concetti",
    heatmapCaption: "Ogni record (riga) e lo stato di ogni concetto del cliente (colonna). Simboli: {legend}.",
    legend: "Cosa significa ogni stato",
    record: "Record",
    kind: "Tipo",
    status: "Stato",
    state: "Condizione",
    folder: "Cartella",
    date: "Data",
    personas: "Persona",
    filters: "Filtra i record",
    any: "tutti",
    showing: "{shown} record mostrati su {total}.",
    groupings: "Raggruppamenti",
    byKind: "Copertura per tipo",
    byStatus: "Copertura per stato",
    byFolder: "Copertura per cartella",
    group: "Gruppo",
    records: "Record",
    personasHeading: "Per chi si prendono le decisioni",
    personasCaption: "Ogni persona, i record che la citano, e l\u2019ultima volta che uno l\u2019ha fatto",
    persona: "Persona",
    card: "Scheda",
    lastDecided: "Ultima decisione per lei",
    recent: "Negli ultimi {days} giorni",
    yes: "s\xEC",
    no: "no",
    nobody: "nessuno ha deciso per lei",
    stale: "Persona per cui nessuno ha deciso negli ultimi {days} giorni: {list}.",
    noneStale: "Per ogni persona \xE8 stata presa una decisione negli ultimi {days} giorni.",
    noPersonas: "Nessun record cita una persona, e non \xE8 stata trovata nessuna scheda persona.",
    undated: "Un record senza data (date: nel front matter, o l\u2019ultimo commit git) non conta come recente.",
    history: "Copertura nel tempo",
    historyChart: "Copertura dei record a ogni commit che ne ha modificato uno, dal {from} ({first}) al {to} ({last}).",
    historyCaption: "Copertura ai commit che hanno modificato un record (al massimo {n}, distribuiti in modo uniforme)",
    historyNone: "Nessuna cronologia: {why}",
    commit: "Commit",
    notes: "Note",
    none: "nessuna",
    openRecord: "Apri {path} a {concept}",
    notAvailable: "n.d.",
    noHistoryAsked: "non richiesta (--no-history).",
    noHistoryMerged: "una mappa unita da output JSON non ne ha; il report di ogni repository s\xEC.",
    mergedSuppressions: "Unita da output di check --format json: le soppressioni non vi compaiono, quindi nessuna cella \xE8 soppressa; un rilievo names-no-customer di cui il JSON non dice il concetto \xE8 elencato sotto il suo record.",
    mergedDates: "La data di un record non \xE8 negli output JSON: solo i record con una data contano come recenti per le persona.",
    states: { present: "presente", thin: "scarno", hollow: "vuoto", missing: "mancante", suppressed: "soppresso", "not-required": "non richiesto" },
    meanings: {
      present: "la sezione \xE8 scritta e dice ci\xF2 che deve",
      thin: "scritta, ma una regola di sostanza chiede di pi\xF9: chi sono i clienti, come si sentiranno, un numero o una fonte",
      hollow: "il titolo c\u2019\xE8, ma sotto solo righe vuote o testo segnaposto",
      missing: "il record deve trattare questo concetto e non lo fa",
      suppressed: "mancante o vuoto, e un commento customer-lens-disable lo silenzia; il motivo \xE8 indicato sulla cella",
      "not-required": "il tipo e lo stato del record non richiedono questo concetto"
    }
  }
};

// server/src/engine/l10n/pl.ts
var pl2 = {
  language: "pl",
  concepts: {
    "customer-impact": {
      heading: "Wp\u0142yw na klienta",
      prompt: "Co zmieni si\u0119 dla naszych klient\xF3w i jak to odbior\u0105?",
      missing: "Brak wp\u0142ywu na klienta: napisz, co zmieni si\u0119 dla klienta i jak to odbierze.",
      questions: [
        "Co zmieni si\u0119 dla klienta i kiedy to zauwa\u017Cy?",
        "Jak to odbierze: z ulg\u0105, ze zdziwieniem, z irytacj\u0105?",
        "Kogo to dotknie najbardziej i co dla tych os\xF3b zrobimy?"
      ],
      askAuthor: ["Po czym klienci zauwa\u017C\u0105 t\u0119 zmian\u0119?", "Kt\xF3rym klientom mo\u017Ce to zaszkodzi\u0107 i jak to z\u0142agodzimy?"],
      example: "W\u0142a\u015Bciciele sklep\xF3w na planie Basic zobacz\u0105 now\u0105 cen\u0119 na najbli\u017Cszej fakturze; wi\u0119kszo\u015Bci to nie przeszkodzi, ale 300 os\xF3b, kt\xF3re intensywnie korzystaj\u0105 z dodatk\xF3w, zap\u0142aci wi\u0119cej, wi\u0119c wy\u015Blemy im e-mail z miesi\u0119cznym wyprzedzeniem.",
      why: "Decyzja, kt\xF3ra nie m\xF3wi, jak odbior\u0105 j\u0105 klienci, ko\u0144czy si\u0119 dla nich przykrymi niespodziankami."
    },
    "problem-solved": {
      heading: "Rozwi\u0105zany problem",
      prompt: "Jaki problem klient\xF3w to rozwi\u0105zuje i sk\u0105d wiemy, \u017Ce naprawd\u0119 istnieje?",
      missing: "Brak rozwi\u0105zanego problemu: napisz, jaki problem klienta to rozwi\u0105zuje, najlepiej jego w\u0142asnymi s\u0142owami.",
      questions: ["Jaki problem klienta to rozwi\u0105zuje?", "Jak cz\u0119sto klient si\u0119 z nim spotyka i ile go to kosztuje?", "Sk\u0105d wiemy, \u017Ce ten problem naprawd\u0119 istnieje?"],
      askAuthor: ["Jaki problem klient\xF3w to rozwi\u0105zuje?", "Sk\u0105d wiemy, \u017Ce klienci naprawd\u0119 maj\u0105 ten problem?"],
      example: "Klienci apteki internetowej porzucaj\u0105 koszyk, gdy formularz karty wygasa przy wolnym \u0142\u0105czu: 4% zam\xF3wie\u0144 z telefon\xF3w w zesz\u0142ym kwartale.",
      why: "Praca, kt\xF3ra nie rozwi\u0105zuje \u017Cadnego problemu klienta, wydaje jego pieni\u0105dze i nasz czas na co\u015B, czego on nie potrzebuje."
    },
    "value-created": {
      heading: "Warto\u015B\u0107 dla klienta",
      prompt: "Co klienci na tym zyskaj\u0105 i dlaczego mia\u0142oby im na tym zale\u017Ce\u0107?",
      missing: "Brak warto\u015Bci dla klienta: napisz, co klient na tym zyska i dlaczego mia\u0142oby mu na tym zale\u017Ce\u0107.",
      questions: ["Co zyska klient: czas, pieni\u0105dze, pewno\u015B\u0107, mniej wysi\u0142ku?", "Dlaczego mia\u0142oby mu zale\u017Ce\u0107 na tyle, \u017Ceby to zauwa\u017Cy\u0142?"],
      askAuthor: ["Co klient z tego ma?", "Czy klient by za to zap\u0142aci\u0142 albo odczu\u0142by brak, gdyby to znikn\u0119\u0142o?"],
      example: "Biura rachunkowe zamykaj\u0105 miesi\u0105c dwa dni wcze\u015Bniej, bo faktury uzgadniaj\u0105 si\u0119 same.",
      why: "Warto\u015Bci, kt\xF3rej klient nie potrafi nazwa\u0107, po prostu nie odczuje."
    },
    "customer-segment": {
      heading: "Klienci",
      prompt: "Kt\xF3rych klient\xF3w to dotyczy i kt\xF3rzy z nich s\u0105 tu najwa\u017Cniejsi?",
      missing: "Nie wskazano klienta: napisz, komu to s\u0142u\u017Cy (persona, segment, plan).",
      questions: ["Kim s\u0105 klienci: jaka persona, segment lub plan?", "Kt\xF3rzy z nich s\u0105 najwa\u017Cniejsi przy tej decyzji?"],
      askAuthor: ["Dla kt\xF3rych klient\xF3w to jest?", "Kt\xF3rych klient\xF3w pomin\u0119li\u015Bmy i czy to celowe?"],
      example: "W\u0142a\u015Bciciele niezale\u017Cnych sklep\xF3w na planie Basic, zwykle prowadz\u0105cy jeden punkt z telefonu.",
      why: "Bez wskazanego klienta nikt nie oceni, czy decyzja mu s\u0142u\u017Cy."
    },
    "customer-evidence": {
      heading: "G\u0142os klienta",
      prompt: "Jakie sygna\u0142y od klient\xF3w (opinie, badania, dane) przemawiaj\u0105 za tym rozwi\u0105zaniem?",
      missing: "Brak g\u0142osu klienta: przytocz, co klienci nam powiedzieli lub pokazali (cytat, zg\u0142oszenie, badanie, liczb\u0119).",
      questions: ["Co klienci nam powiedzieli lub pokazali?", "Jakie zg\u0142oszenia, wywiady, ankiety lub liczby to potwierdzaj\u0105?"],
      askAuthor: ["Kt\xF3rych klient\xF3w wys\u0142uchali\u015Bmy?", "Jakie mamy dowody, \u017Ce klienci tego chc\u0105?"],
      example: "\u201EW ko\u0144cu si\u0119 podda\u0142em i zap\u0142aci\u0142em przez telefon\u201D - zg\u0142oszenie #4812; 37 podobnych zg\u0142osze\u0144 od marca.",
      why: "G\u0142os klienta sprawia, \u017Ce decyzja nie opiera si\u0119 wy\u0142\u0105cznie na naszych domys\u0142ach."
    },
    "success-metrics": {
      heading: "Metryki sukcesu",
      prompt: "Po czym poznamy, \u017Ce to sprawdzi\u0142o si\u0119 u klient\xF3w, i kt\xF3ry wska\u017Anik powinien si\u0119 zmieni\u0107?",
      missing: "Brak metryki sukcesu: napisz, po czym poznamy, \u017Ce to zadzia\u0142a\u0142o dla klienta, i kt\xF3ry wska\u017Anik powinien si\u0119 zmieni\u0107.",
      questions: ["Po czym poznamy, \u017Ce to zadzia\u0142a\u0142o dla klient\xF3w?", "Kt\xF3ry wska\u017Anik si\u0119 zmieni, z jakiej warto\u015Bci na jak\u0105 i do kiedy?"],
      askAuthor: ["Po czym poznamy, \u017Ce klientom jest lepiej?", "Kt\xF3ry wska\u017Anik kaza\u0142by nam wycofa\u0107 zmian\u0119?"],
      example: "Odsetek porzuconych koszyk\xF3w na telefonach spada z 4% do poni\u017Cej 2% w ci\u0105gu sze\u015Bciu tygodni.",
      why: "Sukces mierzony tak, jak odczuwa go klient, m\xF3wi nam, czy naprawd\u0119 jest mu lepiej."
    },
    "close-the-loop": {
      heading: "Informacja zwrotna dla klient\xF3w",
      prompt: "Jak i kiedy powiemy klientom, co si\u0119 zmieni\u0142o, i kto si\u0119 tym zajmie?",
      missing: "Brak informacji zwrotnej dla klient\xF3w: napisz, jak i kiedy wr\xF3cimy do klient\xF3w, gdy to b\u0119dzie gotowe.",
      questions: ["Jak i kiedy powiemy klientom, co si\u0119 zmieni\u0142o?", "Kto odezwie si\u0119 do os\xF3b, kt\xF3re o to prosi\u0142y?"],
      askAuthor: ["Jak poinformujemy o tym klient\xF3w?", "Kto odezwie si\u0119 do klient\xF3w, kt\xF3rzy zg\u0142osili spraw\u0119?"],
      example: "Po wdro\u017Ceniu support odpowiada na 37 powi\u0105zanych zg\u0142osze\u0144; zmian\u0119 og\u0142aszaj\u0105 lista zmian i baner w aplikacji.",
      why: "Klienci, kt\xF3rzy dostaj\u0105 odpowied\u017A, wiedz\u0105, \u017Ce ich wys\u0142uchano, i nast\u0119pnym razem powiedz\u0105 nam wi\u0119cej."
    }
  },
  messages: {
    emptySection: "Sekcja \u201E{label}\u201D jest pusta: {prompt}",
    placeholderText: "Sekcja \u201E{label}\u201D zawiera tylko tekst zast\u0119pczy: {prompt}",
    unjustifiedNoImpact: "W sekcji o wp\u0142ywie na klienta jest \u201Ebrak\u201D, ale bez uzasadnienia: napisz, dlaczego klienci tego nie zauwa\u017C\u0105, albo kto jednak mo\u017Ce to zauwa\u017Cy\u0107.",
    namesNoCustomer: "M\xF3wi, co si\u0119 dzieje, ale nie komu: nazwij klient\xF3w (s\u0142owem \u201Eklienci\u201D, person\u0105 albo tymi, kt\xF3rych wymienia sekcja o klientach).",
    impactWithoutFeeling: "M\xF3wi, co zmieni si\u0119 dla klient\xF3w, ale nie jak si\u0119 poczuj\u0105 ani jak zareaguj\u0105: z ulg\u0105, z irytacj\u0105, przestan\u0105 dzwoni\u0107 do wsparcia?",
    metricWithoutNumber: "Ta metryka sukcesu nie ma liczby, procentu, progu ani terminu: napisz, kt\xF3ra liczba ma si\u0119 zmieni\u0107 i do kiedy.",
    evidenceWithoutSource: "Ten dow\xF3d nie podaje \u017Ar\xF3d\u0142a: dodaj link, zg\u0142oszenie, cytat, dat\u0119 lub liczb\u0119 (\u201E9 z 12 rozm\xF3wc\xF3w\u201D).",
    invalidSuppression: "Ten komentarz customer-lens-disable nie podaje powodu, wi\u0119c niczego nie wy\u0142\u0105cza: dopisz `-- why` po nazwie regu\u0142y.",
    unknownSuppressedRule: "customer-lens-disable wskazuje \u201E{rule}\u201D, ale to nie jest regu\u0142a Customer Lens, wi\u0119c nic dla niej nie jest wy\u0142\u0105czane.",
    fileTooLarge: "Ten plik jest wi\u0119kszy ni\u017C {limit} MB i nie zosta\u0142 sprawdzony.",
    fileTooManyLines: "Ten plik ma ponad {lines} wierszy i nie zosta\u0142 sprawdzony.",
    unknownPersona: "\u017Badna karta persony nie definiuje \u201E{id}\u201D: sprawd\u017A id albo utw\xF3rz kart\u0119.",
    unusedPersona: "\u017Badna decyzja ani specyfikacja nie wskazuje persony \u201E{id}\u201D: wpisz j\u0105 w `customers:` dokumentu albo wycofaj kart\u0119.",
    frontMatterUnclosed: "front matter nie jest zamkni\u0119ty: dodaj po nim wiersz `---`",
    frontMatterInvalid: "front matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "front matter nie jest zbiorem wierszy `klucz: warto\u015B\u0107`",
    recordNotAMap: "rekord YAML musi by\u0107 zbiorem wierszy `klucz: warto\u015B\u0107`",
    yamlTooLarge: "wi\u0119kszy ni\u017C 1 MiB; nie przeczytano",
    yamlTooManyErrors: "ponad 1000 b\u0142\u0119d\xF3w sk\u0142adni; nie przeczytano",
    yamlTooDeep: "zagnie\u017Cd\u017Cony g\u0142\u0119biej ni\u017C 64 poziomy; nie przeczytano",
    yamlTooComplex: "ponad 50 000 token\xF3w; nie przeczytano",
    config: {
      yamlInvalid: "nieprawid\u0142owy YAML: {problem}",
      keysNotUnique: "klucze w mapie nie mog\u0105 si\u0119 powtarza\u0107",
      notAMapping: "konfiguracja musi by\u0107 map\u0105 z kluczami kinds, rules, headings lub words",
      unknownSetting: "nieznane ustawienie \u201E{setting}\u201D: u\u017Cyj kinds, rules, headings lub words",
      kindsNotAMap: "`kinds` musi przypisywa\u0107 `decision`, `spec` i `persona` ich ustawienia",
      unknownKind: "nieznany rodzaj \u201E{kind}\u201D: u\u017Cyj decision, spec lub persona",
      kindNotAMap: "kinds.{kind} musi zawiera\u0107 include, exclude lub concepts",
      unknownKindSetting: "nieznane ustawienie {setting}: u\u017Cyj include, exclude lub concepts",
      rulesNotAMap: "`rules` musi przypisywa\u0107 identyfikatorom regu\u0142 error, warning, info, hint lub off",
      unknownRule: "nieznana regu\u0142a \u201E{rule}\u201D",
      ruleNotConfigurable: "regu\u0142y {rule} nie mo\u017Cna konfigurowa\u0107: b\u0142\u0119dna konfiguracja jest zawsze zg\u0142aszana",
      badSeverity: "rules.{rule} musi mie\u0107 warto\u015B\u0107 error, warning, info, hint lub off",
      headingsNotAMap: "`headings` musi przypisywa\u0107 poj\u0119ciom listy dodatkowych nag\u0142\xF3wk\xF3w",
      unknownConcept: "nieznane poj\u0119cie \u201E{concept}\u201D: u\u017Cyj {concepts}",
      unknownConceptIn: "nieznane poj\u0119cie \u201E{concept}\u201D w {setting}: u\u017Cyj {concepts}",
      notAList: "{setting} musi by\u0107 list\u0105 ci\u0105g\xF3w znak\xF3w",
      notStrings: "{setting} mo\u017Ce zawiera\u0107 tylko ci\u0105gi znak\xF3w",
      globInvalid: "{setting}: {problem}",
      globMalformed: "nieprawid\u0142owy glob",
      globEmpty: "pusty glob",
      globTooLong: "glob d\u0142u\u017Cszy ni\u017C {limit} znak\xF3w",
      globTooDeep: "glob \u201E{glob}...\u201D zagnie\u017Cd\u017Ca nawiasy klamrowe g\u0142\u0119biej ni\u017C na {limit} poziom\xF3w",
      globUnbalanced: "\u201E{bracket}\u201D bez pary w globie \u201E{glob}\u201D",
      globTooManyAlternatives: "glob \u201E{glob}\u201D ma ponad {limit} wariant\xF3w",
      globsTooMuch: "{setting}: glob\xF3w w tej konfiguracji jest \u0142\u0105cznie za du\u017Co lub s\u0105 za d\u0142ugie (ponad {limit} znak\xF3w we wszystkich wariantach); ten i kolejne s\u0105 pomijane",
      headingsTooMany: "headings.{concept} ma ponad {limit} nag\u0142\xF3wk\xF3w; te po pierwszych {limit} s\u0105 pomijane",
      wordsNotAMap: "`words` musi przypisywa\u0107 who, feeling, metric lub evidence listy s\u0142\xF3w (albo j\u0119zyki i ich listy)",
      unknownSignal: "nieznany sygna\u0142 \u201E{setting}\u201D: u\u017Cyj who, feeling, metric lub evidence",
      unknownLanguage: "{setting}: to nie jest j\u0119zyk; u\u017Cyj en, it, es, pl, de, fr lub pt",
      wordsTooMany: "{setting} ma ponad {limit} s\u0142\xF3w; te po pierwszych {limit} s\u0105 pomijane",
      headingTooLong: "headings.{concept}: \u201E{heading}\u201D ma ponad {limit} s\u0142\xF3w, a \u017Caden tak d\u0142ugi nag\u0142\xF3wek nie nazywa poj\u0119cia; jest pomijany",
      fileIsFolder: "{path} to folder, a nie plik konfiguracji; obowi\u0105zuj\u0105 ustawienia domy\u015Blne",
      fileNotRegular: "plik konfiguracji nie jest zwyk\u0142ym plikiem ({type}); obowi\u0105zuj\u0105 ustawienia domy\u015Blne",
      fileLinksOutside: "plik konfiguracji wskazuje poza {folder}, wi\u0119c nie zosta\u0142 przeczytany; obowi\u0105zuj\u0105 ustawienia domy\u015Blne",
      fileUnreadable: "nie mo\u017Cna odczyta\u0107 pliku konfiguracji ({code}); obowi\u0105zuj\u0105 ustawienia domy\u015Blne",
      fileTooLarge: "plik konfiguracji jest wi\u0119kszy ni\u017C 1 MB; obowi\u0105zuj\u0105 ustawienia domy\u015Blne"
    }
  },
  ui: {
    checklist: "Lista kontrolna klienta",
    present: "jest",
    hollow: "pusta",
    missing: "brak",
    notRequired: "niewymagana",
    diffCompared: "W por\xF3wnaniu z drug\u0105 stron\u0105 diffu",
    diffNew: "Nowy rekord: druga strona diffu nie jest decyzj\u0105 ani specyfikacj\u0105.",
    diffStill: "nadal {state}",
    diffUnchanged: "ka\u017Cde poj\u0119cie klienta nadal jest",
    diffCoverage: "Pokrycie: {before} \u2192 {after} ({was} \u2192 {now} wymaganych poj\u0119\u0107 obecnych)",
    foundAt: "\u201E{label}\u201D, wiersz {line}",
    status: "Status",
    decision: "zapis decyzji",
    spec: "specyfikacja",
    statusMeaning: {
      draft: "Szkic: podczas pisania uwagi s\u0105 zg\u0142aszane z ich zwyk\u0142\u0105 wa\u017Cno\u015Bci\u0105.",
      proposed: "Propozycja: uwagi s\u0105 ostrze\u017Ceniami, \u017Ceby recenzenci wiedzieli, o co zapyta\u0107 przed akceptacj\u0105.",
      accepted: "Zaakceptowana: brak wp\u0142ywu na klienta, rozwi\u0105zanego problemu lub warto\u015Bci dla klienta jest b\u0142\u0119dem.",
      history: "Historia (odrzucona, wycofana lub zast\u0105piona): nic nie jest zg\u0142aszane powy\u017Cej poziomu informacji."
    },
    questionsToAsk: "Pytania do autora",
    sectionMustAnswer: "Ta sekcja powinna odpowiada\u0107 na pytania",
    goodExample: "Dobry przyk\u0142ad",
    ruleDocs: "Dokumentacja regu\u0142y",
    addSection: "Dodaj sekcj\u0119 \u201E{heading}\u201D",
    addAllSections: "Dodaj wszystkie brakuj\u0105ce sekcje o kliencie",
    suppressRule: "Wy\u0142\u0105cz {rule} w tym pliku (z podaniem powodu)",
    suppressReason: "dlaczego to tu nie ma zastosowania",
    judgement: "Jak dobrze ta sekcja odpowiada",
    namesCustomer: "wskazuje klienta lub person\u0119",
    citesEvidence: "przytacza dowody (link, zg\u0142oszenie, cytat lub liczb\u0119)",
    saysFeeling: "m\xF3wi, jak poczuj\u0105 si\u0119 klienci",
    lacksCustomer: "nie wskazuje klienta ani persony",
    lacksEvidence: "nie przytacza dowod\xF3w (linku, zg\u0142oszenia, cytatu ani liczby)",
    lacksFeeling: "nie m\xF3wi, jak poczuj\u0105 si\u0119 klienci",
    givesNumber: "podaje liczb\u0119, pr\xF3g lub termin",
    lacksNumber: "nie podaje liczby, progu ani terminu",
    addScaffold: "Dodaj wiersz do uzupe\u0142nienia: \u201E{heading}\u201D",
    scaffolds: { who: "Kto: {kt\xF3rzy klienci}", feeling: "Poczuj\u0105: {jak klienci si\u0119 poczuj\u0105 lub zareaguj\u0105}", metric: "Cel: {liczba, procent lub data}", evidence: "\u0179r\xF3d\u0142o: {link, zg\u0142oszenie, cytat, data lub liczba}" }
  },
  persona: {
    sections: { segment: "Segment", jobs: "Zadania do wykonania", pains: "Bol\u0105czki", gains: "Korzy\u015Bci", quotes: "Cytaty", empathyMap: "Mapa empatii", thinksFeels: "My\u015Bli i czuje", says: "M\xF3wi", does: "Robi", hears: "S\u0142yszy" },
    prompts: {
      segment: "Jak\u0105 grup\u0119 klient\xF3w reprezentuje ta persona i ilu ich jest.",
      jobs: "Co pr\xF3buj\u0105 osi\u0105gn\u0105\u0107, ich s\u0142owami.",
      pains: "Co im przeszkadza, zabiera czas lub ich martwi.",
      gains: "Jak wygl\u0105da dla nich sukces.",
      quotes: "Ich w\u0142asne s\u0142owa, z miejscem i dat\u0105.",
      empathyMap: "Czego dowiedzieli\u015Bmy si\u0119, obserwuj\u0105c ich i s\u0142uchaj\u0105c.",
      thinksFeels: "Co jest dla nich wa\u017Cne; co ich martwi.",
      says: "Co m\xF3wi\u0105 w wywiadach i zg\u0142oszeniach.",
      does: "Co robi\u0105, tak jak to widzieli\u015Bmy.",
      hears: "Co s\u0142ysz\u0105 od wsp\xF3\u0142pracownik\xF3w, prze\u0142o\u017Conych i z innych narz\u0119dzi."
    },
    persona: "Persona",
    usedBy: "wskazana przez {decisions} decyzji \xB7 {specs} specyfikacji",
    createCard: "Utw\xF3rz kart\u0119 persony \u201E{id}\u201D",
    useId: "Zmie\u0144 na \u201E{id}\u201D",
    idIsFileName: "Id \u201E{id}\u201D to nazwa pliku karty: zmie\u0144 nazw\u0119 pliku albo najpierw nadaj karcie `id:`.",
    invalidId: "Id persony zawiera tylko litery, cyfry, - i _."
  },
  report: {
    title: "Customer Lens: mapa decyzji",
    heading: "Mapa decyzji",
    intro: "Gdzie jest klient w ka\u017Cdej decyzji i specyfikacji: kt\xF3re poj\u0119cia rekord omawia, zostawia s\u0142abe lub puste, a kt\xF3rych brakuje.",
    generated: "Utworzono {today} z {sources}.",
    coverage: "Pokrycie",
    coverageLine: "{present} z {required} wymaganych poj\u0119\u0107 klienta obecnych, w {records} rekordach (decyzje: {decisions}, specyfikacje: {specs}). S\u0142abe sekcje licz\u0105 si\u0119 jako obecne.",
    coverageNone: "\u017Badna decyzja ani specyfikacja nie wymaga poj\u0119cia klienta: pokrycie nie jest okre\u015Blone.",
    perConceptCaption: "Pokrycie wed\u0142ug poj\u0119cia i ile rekord\xF3w ma ka\u017Cdy stan",
    perConceptChart: "Pokrycie wed\u0142ug poj\u0119cia",
    concept: "Poj\u0119cie",
    presentOfRequired: "Obecne z wymaganych",
    heatmap: "Rekordy \xD7 poj\u0119cia",
    heatmapCaption: "Ka\u017Cdy rekord (wiersz) i stan ka\u017Cdego poj\u0119cia klienta (kolumna). Symbole: {legend}.",
    legend: "Co oznacza ka\u017Cdy stan",
    record: "Rekord",
    kind: "Rodzaj",
    status: "Status",
    state: "Stan",
    folder: "Folder",
    date: "Data",
    personas: "Persony",
    filters: "Filtruj rekordy",
    any: "dowolny",
    showing: "Widoczne rekordy: {shown} z {total}.",
    groupings: "Grupowania",
    byKind: "Pokrycie wed\u0142ug rodzaju",
    byStatus: "Pokrycie wed\u0142ug statusu",
    byFolder: "Pokrycie wed\u0142ug folderu",
    group: "Grupa",
    records: "Rekordy",
    personasHeading: "Dla kogo zapadaj\u0105 decyzje",
    personasCaption: "Ka\u017Cda persona, rekordy, kt\xF3re si\u0119 do niej odwo\u0142uj\u0105, i kiedy ostatnio kt\xF3ry\u015B to zrobi\u0142",
    persona: "Persona",
    card: "Karta",
    lastDecided: "Ostatnia decyzja dla niej",
    recent: "W ostatnich {days} dniach",
    yes: "tak",
    no: "nie",
    nobody: "nikt nie zdecydowa\u0142 dla niej",
    stale: "Persony, dla kt\xF3rych nikt nie zdecydowa\u0142 w ostatnich {days} dniach: {list}.",
    noneStale: "Dla ka\u017Cdej persony zapad\u0142a decyzja w ostatnich {days} dniach.",
    noPersonas: "\u017Baden rekord nie odwo\u0142uje si\u0119 do persony i nie znaleziono karty persony.",
    undated: "Rekord bez daty (date: we front matter albo ostatni commit w git) nie liczy si\u0119 jako niedawny.",
    history: "Pokrycie w czasie",
    historyChart: "Pokrycie rekord\xF3w przy ka\u017Cdym commicie, kt\xF3ry kt\xF3ry\u015B zmieni\u0142, od {from} ({first}) do {to} ({last}).",
    historyCaption: "Pokrycie przy commitach, kt\xF3re zmieni\u0142y rekord (najwy\u017Cej {n}, r\xF3wnomiernie roz\u0142o\u017Conych)",
    historyNone: "Brak historii: {why}",
    commit: "Commit",
    notes: "Uwagi",
    none: "brak",
    openRecord: "Otw\xF3rz {path} przy {concept}",
    notAvailable: "b.d.",
    noHistoryAsked: "nie za\u017C\u0105dano (--no-history).",
    noHistoryMerged: "mapa scalona z wynik\xF3w JSON jej nie ma; ma j\u0105 raport ka\u017Cdego repozytorium.",
    mergedSuppressions: "Scalono z wynik\xF3w check --format json: nie ma w nich wycisze\u0144, wi\u0119c \u017Cadna kom\xF3rka nie jest wyciszona; wynik names-no-customer, kt\xF3rego poj\u0119cia JSON nie podaje, jest wymieniony przy jego rekordzie.",
    mergedDates: "Daty rekordu nie ma w wynikach JSON: tylko rekordy z dat\u0105 licz\u0105 si\u0119 dla person jako niedawne.",
    states: { present: "jest", thin: "s\u0142abe", hollow: "puste", missing: "brak", suppressed: "wyciszone", "not-required": "niewymagane" },
    meanings: {
      present: "sekcja jest napisana i m\xF3wi to, co musi",
      thin: "napisana, ale regu\u0142a tre\u015Bci wymaga wi\u0119cej: kim s\u0105 klienci, jak si\u0119 poczuj\u0105, liczby lub \u017Ar\xF3d\u0142a",
      hollow: "nag\u0142\xF3wek jest, a pod nim tylko puste wiersze lub tekst zast\u0119pczy",
      missing: "rekord musi om\xF3wi\u0107 to poj\u0119cie, a tego nie robi",
      suppressed: "brak lub puste, a komentarz customer-lens-disable to wycisza; jego pow\xF3d jest podany w kom\xF3rce",
      "not-required": "rodzaj i status rekordu nie wymagaj\u0105 tego poj\u0119cia"
    }
  }
};

// server/src/engine/l10n/pt.ts
var pt2 = {
  language: "pt",
  concepts: {
    "customer-impact": {
      heading: "Impacto no cliente",
      prompt: "O que muda para os nossos clientes e como eles v\xE3o receber isso?",
      missing: "Falta o impacto no cliente: explique o que muda para o cliente e como ele vai receber isso.",
      questions: [
        "O que muda para o cliente, e quando ele vai perceber?",
        "Como ele vai se sentir: aliviado, surpreso, irritado?",
        "Quem \xE9 mais afetado, e o que fazemos por essas pessoas?"
      ],
      askAuthor: ["Como os clientes v\xE3o perceber essa mudan\xE7a?", "Quais clientes podem sair prejudicados, e como amenizamos isso?"],
      example: "Lojistas do plano B\xE1sico ver\xE3o o novo pre\xE7o na pr\xF3xima fatura; a maioria n\xE3o vai se importar, mas os 300 que usam muitos complementos v\xE3o pagar mais, por isso avisamos por e-mail com um m\xEAs de anteced\xEAncia.",
      why: "Uma decis\xE3o que nunca diz como os clientes v\xE3o se sentir acaba entregando surpresas a eles."
    },
    "problem-solved": {
      heading: "Problema resolvido",
      prompt: "Que problema dos clientes isto resolve e como sabemos que ele \xE9 real?",
      missing: "Falta o problema resolvido: explique que problema do cliente isto resolve, nas palavras dele.",
      questions: ["Que problema do cliente isto resolve?", "Com que frequ\xEAncia ele passa por isso, e quanto isso lhe custa?", "Como sabemos que o problema \xE9 real?"],
      askAuthor: ["Que problema dos clientes isto resolve?", "Como sabemos que os clientes t\xEAm mesmo esse problema?"],
      example: "Clientes da farm\xE1cia online abandonam o carrinho quando o formul\xE1rio do cart\xE3o expira em conex\xF5es lentas: 4% dos pedidos pelo celular no \xFAltimo trimestre.",
      why: "Um trabalho que n\xE3o resolve nenhum problema do cliente gasta o dinheiro dele e o nosso tempo com algo de que ele n\xE3o precisa."
    },
    "value-created": {
      heading: "Valor criado",
      prompt: "O que os clientes ganham com isto e por que isso importaria para eles?",
      missing: "Falta o valor criado: explique o que o cliente ganha com isto e por que ele se importaria.",
      questions: ["O que o cliente ganha: tempo, dinheiro, seguran\xE7a, menos esfor\xE7o?", "Por que ele se importaria a ponto de perceber?"],
      askAuthor: ["O que o cliente ganha com isto?", "Um cliente pagaria por isto, ou sentiria falta se deixasse de existir?"],
      example: "Escrit\xF3rios de contabilidade fecham o m\xEAs dois dias antes, porque as faturas se conciliam sozinhas.",
      why: "Um valor que o cliente n\xE3o sabe nomear \xE9 um valor que ele n\xE3o vai sentir."
    },
    "customer-segment": {
      heading: "Clientes",
      prompt: "Quais clientes s\xE3o afetados e quais deles importam mais aqui?",
      missing: "Nenhum cliente identificado: diga quem s\xE3o os clientes (persona, segmento, plano) que isto atende.",
      questions: ["Quem s\xE3o os clientes: qual persona, segmento ou plano?", "Quais deles importam mais para esta decis\xE3o?"],
      askAuthor: ["Para quais clientes \xE9 isto?", "Quais clientes deixamos de fora, e isso foi intencional?"],
      example: "Donos de lojas independentes no plano B\xE1sico, que na maioria cuidam de uma \xFAnica loja pelo celular.",
      why: "Sem um cliente identificado, ningu\xE9m consegue dizer se a decis\xE3o o atende."
    },
    "customer-evidence": {
      heading: "Evid\xEAncias dos clientes",
      prompt: "O que os clientes nos disseram ou mostraram (feedback, pesquisas, dados) que sustenta isto?",
      missing: "Faltam evid\xEAncias dos clientes: cite o que os clientes nos disseram ou mostraram (uma frase, um ticket, uma pesquisa, um n\xFAmero).",
      questions: ["O que os clientes nos disseram ou mostraram?", "Que tickets, entrevistas, pesquisas ou n\xFAmeros sustentam isto?"],
      askAuthor: ["Quais clientes ouvimos?", "Que evid\xEAncias mostram que os clientes querem isto?"],
      example: '"Desisti e paguei por telefone" - ticket de suporte #4812; 37 tickets parecidos desde mar\xE7o.',
      why: "A voz do cliente impede que uma decis\xE3o se apoie s\xF3 nos nossos palpites."
    },
    "success-metrics": {
      heading: "M\xE9tricas de sucesso",
      prompt: "Como vamos saber que funcionou para os clientes e qual n\xFAmero deve mudar?",
      missing: "Falta uma m\xE9trica de sucesso: diga como vamos saber que funcionou para o cliente e qual n\xFAmero deve mudar.",
      questions: ["Como vamos saber que funcionou para os clientes?", "Qual n\xFAmero muda, de quanto para quanto, e at\xE9 quando?"],
      askAuthor: ["Como vamos saber que os clientes est\xE3o melhor?", "Que indicador nos diria para voltar atr\xE1s?"],
      example: "O abandono de carrinho no celular cai de 4% para menos de 2% em seis semanas.",
      why: "Medir o sucesso do jeito que o cliente o sente nos diz se ele est\xE1 mesmo melhor."
    },
    "close-the-loop": {
      heading: "Acompanhamento com clientes",
      prompt: "Como e quando vamos contar aos clientes o que mudou, e quem fica respons\xE1vel?",
      missing: "Falta o acompanhamento com clientes: diga como e quando voltamos a falar com os clientes quando isto estiver pronto.",
      questions: ["Como e quando vamos contar aos clientes o que mudou?", "Quem vai dar retorno a quem pediu isso?"],
      askAuthor: ["Como vamos contar isto aos clientes?", "Quem d\xE1 retorno aos clientes que levantaram o assunto?"],
      example: "No lan\xE7amento, o suporte responde aos 37 tickets vinculados; o changelog e um banner no app anunciam a novidade.",
      why: "Clientes que recebem resposta sabem que foram ouvidos, e da pr\xF3xima vez nos contam mais."
    }
  },
  messages: {
    emptySection: 'A se\xE7\xE3o "{label}" est\xE1 vazia: {prompt}',
    placeholderText: 'A se\xE7\xE3o "{label}" s\xF3 tem texto provis\xF3rio: {prompt}',
    unjustifiedNoImpact: 'O impacto no cliente diz "nenhum" sem justificativa: explique por que os clientes n\xE3o v\xE3o perceber, ou quem poderia perceber.',
    namesNoCustomer: 'Diz o que acontece, mas n\xE3o com quem: nomeie os clientes (uma palavra como "clientes", uma persona, ou quem a se\xE7\xE3o de clientes nomeia).',
    impactWithoutFeeling: "Diz o que muda para os clientes, mas n\xE3o como v\xE3o se sentir ou reagir: aliviados, irritados, v\xE3o deixar de ligar para o suporte?",
    metricWithoutNumber: "Esta m\xE9trica de sucesso n\xE3o tem n\xFAmero, porcentagem, limiar nem prazo: diga qual n\xFAmero deve mudar, e at\xE9 quando.",
    evidenceWithoutSource: 'Esta evid\xEAncia n\xE3o cita fonte: adicione um link, um ticket, uma cita\xE7\xE3o, uma data ou uma contagem ("14 de 20 entrevistados").',
    invalidSuppression: "Este coment\xE1rio customer-lens-disable n\xE3o tem motivo, ent\xE3o n\xE3o desativa nada: escreva `-- why` depois da regra.",
    fileTooLarge: "Este arquivo tem mais de {limit} MB e n\xE3o foi verificado.",
    fileTooManyLines: "Este arquivo tem mais de {lines} linhas e n\xE3o foi verificado.",
    unknownPersona: 'Nenhuma ficha de persona define "{id}": confira o id ou crie a ficha.',
    unusedPersona: 'Nenhuma decis\xE3o ou especifica\xE7\xE3o cita a persona "{id}": indique-a em `customers:` de um documento, ou retire a ficha.',
    unknownSuppressedRule: 'customer-lens-disable cita "{rule}", que n\xE3o \xE9 uma regra do Customer Lens, ent\xE3o nada \xE9 desativado para ela.',
    frontMatterUnclosed: "o front matter n\xE3o est\xE1 fechado: acrescente uma linha com `---` depois dele",
    frontMatterInvalid: "front matter: {problem}",
    recordInvalid: "YAML: {problem}",
    frontMatterNotAMap: "o front matter n\xE3o \xE9 um conjunto de linhas `chave: valor`",
    recordNotAMap: "um registro YAML deve ser um conjunto de linhas `chave: valor`",
    yamlTooLarge: "maior que 1 MiB; n\xE3o lido",
    yamlTooManyErrors: "mais de 1000 erros de sintaxe; n\xE3o lido",
    yamlTooDeep: "aninhado em mais de 64 n\xEDveis; n\xE3o lido",
    yamlTooComplex: "mais de 50.000 tokens; n\xE3o lido",
    config: {
      yamlInvalid: "YAML inv\xE1lido: {problem}",
      keysNotUnique: "as chaves de um mapa n\xE3o podem se repetir",
      notAMapping: "a configura\xE7\xE3o deve ser um mapa com kinds, rules, headings ou words",
      unknownSetting: 'configura\xE7\xE3o desconhecida "{setting}": use kinds, rules, headings ou words',
      kindsNotAMap: "`kinds` deve associar `decision`, `spec` e `persona` \xE0s suas configura\xE7\xF5es",
      unknownKind: 'tipo desconhecido "{kind}": use decision, spec ou persona',
      kindNotAMap: "kinds.{kind} deve conter include, exclude ou concepts",
      unknownKindSetting: "configura\xE7\xE3o desconhecida {setting}: use include, exclude ou concepts",
      rulesNotAMap: "`rules` deve associar ids de regras a error, warning, info, hint ou off",
      unknownRule: 'regra desconhecida "{rule}"',
      ruleNotConfigurable: "{rule} n\xE3o pode ser configurada: uma configura\xE7\xE3o inv\xE1lida \xE9 sempre reportada",
      badSeverity: "rules.{rule} deve ser error, warning, info, hint ou off",
      headingsNotAMap: "`headings` deve associar conceitos a listas de t\xEDtulos extras",
      unknownConcept: 'conceito desconhecido "{concept}": use {concepts}',
      unknownConceptIn: 'conceito desconhecido "{concept}" em {setting}: use {concepts}',
      notAList: "{setting} deve ser uma lista de strings",
      notStrings: "{setting} deve conter apenas strings",
      globInvalid: "{setting}: {problem}",
      globMalformed: "glob inv\xE1lido",
      globEmpty: "glob vazio",
      globTooLong: "glob com mais de {limit} caracteres",
      globTooDeep: 'o glob "{glob}..." aninha chaves em mais de {limit} n\xEDveis',
      globUnbalanced: '"{bracket}" sem par no glob "{glob}"',
      globTooManyAlternatives: 'o glob "{glob}" tem mais de {limit} alternativas',
      globsTooMuch: "{setting}: os globs desta configura\xE7\xE3o s\xE3o demais ou longos demais no total (mais de {limit} caracteres em todas as suas alternativas); este e os seguintes s\xE3o ignorados",
      headingsTooMany: "headings.{concept} tem mais de {limit} t\xEDtulos; os que v\xEAm depois dos primeiros {limit} s\xE3o ignorados",
      wordsNotAMap: "`words` deve associar who, feeling, metric ou evidence a listas de palavras (ou a idiomas e suas listas)",
      unknownSignal: 'sinal desconhecido "{setting}": use who, feeling, metric ou evidence',
      unknownLanguage: "{setting}: n\xE3o \xE9 um idioma; use en, it, es, pl, de, fr ou pt",
      wordsTooMany: "{setting} tem mais de {limit} palavras; as que v\xEAm depois das primeiras {limit} s\xE3o ignoradas",
      headingTooLong: 'headings.{concept}: "{heading}" tem mais de {limit} palavras, e nenhum t\xEDtulo t\xE3o longo nomeia um conceito; \xE9 ignorado',
      fileIsFolder: "{path} \xE9 uma pasta, n\xE3o um arquivo de configura\xE7\xE3o; valem as configura\xE7\xF5es padr\xE3o",
      fileNotRegular: "o arquivo de configura\xE7\xE3o n\xE3o \xE9 um arquivo comum ({type}); valem as configura\xE7\xF5es padr\xE3o",
      fileLinksOutside: "o arquivo de configura\xE7\xE3o aponta para fora de {folder} e n\xE3o foi lido; valem as configura\xE7\xF5es padr\xE3o",
      fileUnreadable: "n\xE3o foi poss\xEDvel ler o arquivo de configura\xE7\xE3o ({code}); valem as configura\xE7\xF5es padr\xE3o",
      fileTooLarge: "o arquivo de configura\xE7\xE3o tem mais de 1 MB; valem as configura\xE7\xF5es padr\xE3o"
    }
  },
  ui: {
    checklist: "Checklist do cliente",
    present: "presente",
    hollow: "vazia",
    missing: "ausente",
    notRequired: "n\xE3o obrigat\xF3ria",
    diffCompared: "Comparado com o outro lado do diff",
    diffNew: "Registo novo: o outro lado do diff n\xE3o \xE9 uma decis\xE3o nem uma especifica\xE7\xE3o.",
    diffStill: "ainda {state}",
    diffUnchanged: "cada conceito do cliente ainda presente",
    diffCoverage: "Cobertura: {before} \u2192 {after} ({was} \u2192 {now} conceitos obrigat\xF3rios presentes)",
    foundAt: "\u201C{label}\u201D, linha {line}",
    status: "Status",
    decision: "registro de decis\xE3o",
    spec: "especifica\xE7\xE3o",
    statusMeaning: {
      draft: "Rascunho: enquanto voc\xEA escreve, os apontamentos aparecem com a gravidade de sempre.",
      proposed: "Proposta: os apontamentos viram avisos, para que os revisores saibam o que perguntar antes da aprova\xE7\xE3o.",
      accepted: "Aceita: a falta de impacto no cliente, de problema resolvido ou de valor criado \xE9 um erro.",
      history: "Hist\xF3rico (rejeitada, descontinuada ou substitu\xEDda): nada \xE9 reportado acima do n\xEDvel informativo."
    },
    questionsToAsk: "Perguntas para o autor",
    sectionMustAnswer: "Esta se\xE7\xE3o deve responder",
    goodExample: "Um bom exemplo",
    ruleDocs: "Documenta\xE7\xE3o da regra",
    addSection: 'Adicionar a se\xE7\xE3o "{heading}"',
    addAllSections: "Adicionar todas as se\xE7\xF5es de cliente que faltam",
    suppressRule: "Desativar {rule} neste arquivo (com um motivo)",
    suppressReason: "por que isto n\xE3o se aplica aqui",
    judgement: "Qu\xE3o bem esta se\xE7\xE3o responde",
    namesCustomer: "nomeia um cliente ou uma persona",
    citesEvidence: "cita evid\xEAncias (um link, um ticket, uma cita\xE7\xE3o ou um n\xFAmero)",
    saysFeeling: "diz como os clientes v\xE3o se sentir",
    lacksCustomer: "n\xE3o nomeia nenhum cliente nem persona",
    lacksEvidence: "n\xE3o cita evid\xEAncias (um link, um ticket, uma cita\xE7\xE3o ou um n\xFAmero)",
    lacksFeeling: "n\xE3o diz como os clientes v\xE3o se sentir",
    givesNumber: "d\xE1 um n\xFAmero, um limiar ou um prazo",
    lacksNumber: "n\xE3o d\xE1 n\xFAmero, limiar nem prazo",
    addScaffold: 'Adicionar uma linha para preencher: "{heading}"',
    scaffolds: { who: "Quem: {quais clientes}", feeling: "V\xE3o se sentir: {como os clientes v\xE3o se sentir ou reagir}", metric: "Meta: {um n\xFAmero, uma porcentagem ou uma data}", evidence: "Fonte: {um link, um ticket, uma cita\xE7\xE3o, uma data ou uma contagem}" }
  },
  persona: {
    sections: { segment: "Segmento", jobs: "Trabalhos a realizar", pains: "Dores", gains: "Ganhos", quotes: "Cita\xE7\xF5es", empathyMap: "Mapa de empatia", thinksFeels: "Pensa e sente", says: "Diz", does: "Faz", hears: "Ouve" },
    prompts: {
      segment: "Que grupo de clientes esta persona representa, e quantos s\xE3o.",
      jobs: "O que tentam realizar, nas palavras deles.",
      pains: "O que atrapalha, toma tempo ou preocupa.",
      gains: "Como \xE9 o sucesso para eles.",
      quotes: "As palavras deles, com onde e quando as disseram.",
      empathyMap: "O que aprendemos ao observ\xE1-los e ouvi-los.",
      thinksFeels: "O que importa para eles; o que os preocupa.",
      says: "O que dizem em entrevistas e tickets.",
      does: "O que fazem, como vimos.",
      hears: "O que ouvem de colegas, chefes e outras ferramentas."
    },
    persona: "Persona",
    usedBy: "citada por {decisions} decis\xF5es \xB7 {specs} especifica\xE7\xF5es",
    createCard: 'Criar a ficha de persona "{id}"',
    useId: 'Trocar por "{id}"',
    idIsFileName: 'O id "{id}" \xE9 o nome do arquivo da ficha: renomeie o arquivo, ou antes d\xEA \xE0 ficha um `id:`.',
    invalidId: "Um id de persona s\xF3 tem letras, d\xEDgitos, - e _."
  },
  report: {
    title: "Customer Lens: mapa de decis\xF5es",
    heading: "Mapa de decis\xF5es",
    intro: "Onde est\xE1 o cliente em cada decis\xE3o e especifica\xE7\xE3o: cada conceito que um registo trata, deixa fraco ou vazio, ou omite.",
    generated: "Feito em {today} a partir de {sources}.",
    coverage: "Cobertura",
    coverageLine: "{present} de {required} conceitos do cliente obrigat\xF3rios presentes, em {records} registos ({decisions} decis\xF5es, {specs} especifica\xE7\xF5es). As sec\xE7\xF5es fracas contam como presentes.",
    coverageNone: "Nenhuma decis\xE3o ou especifica\xE7\xE3o pede um conceito do cliente: a cobertura n\xE3o est\xE1 definida.",
    perConceptCaption: "Cobertura por conceito, e quantos registos t\xEAm cada estado",
    perConceptChart: "Cobertura por conceito",
    concept: "Conceito",
    presentOfRequired: "Presentes de obrigat\xF3rios",
    heatmap: "Registos \xD7 conceitos",
    heatmapCaption: "Cada registo (linha) e o estado de cada conceito do cliente (coluna). S\xEDmbolos: {legend}.",
    legend: "O que significa cada estado",
    record: "Registo",
    kind: "Tipo",
    status: "Estado",
    state: "Situa\xE7\xE3o",
    folder: "Pasta",
    date: "Data",
    personas: "Personas",
    filters: "Filtrar os registos",
    any: "todos",
    showing: "A mostrar {shown} de {total} registos.",
    groupings: "Agrupamentos",
    byKind: "Cobertura por tipo",
    byStatus: "Cobertura por estado",
    byFolder: "Cobertura por pasta",
    group: "Grupo",
    records: "Registos",
    personasHeading: "Para quem se decide",
    personasCaption: "Cada persona, os registos que a citam, e a \xFAltima vez que um o fez",
    persona: "Persona",
    card: "Ficha",
    lastDecided: "\xDAltima decis\xE3o para ela",
    recent: "Nos \xFAltimos {days} dias",
    yes: "sim",
    no: "n\xE3o",
    nobody: "ningu\xE9m decidiu para ela",
    stale: "Personas para quem ningu\xE9m decidiu nos \xFAltimos {days} dias: {list}.",
    noneStale: "Cada persona teve uma decis\xE3o tomada para ela nos \xFAltimos {days} dias.",
    noPersonas: "Nenhum registo cita uma persona, e n\xE3o foi encontrada nenhuma ficha de persona.",
    undated: "Um registo sem data (date: no front matter, ou o \xFAltimo commit do git) n\xE3o conta como recente.",
    history: "Cobertura ao longo do tempo",
    historyChart: "Cobertura dos registos em cada commit que alterou um, de {from} ({first}) a {to} ({last}).",
    historyCaption: "Cobertura nos commits que alteraram um registo (no m\xE1ximo {n}, distribu\xEDdos por igual)",
    historyNone: "Sem hist\xF3rico: {why}",
    commit: "Commit",
    notes: "Notas",
    none: "nenhuma",
    openRecord: "Abrir {path} em {concept}",
    notAvailable: "n/d",
    noHistoryAsked: "n\xE3o pedido (--no-history).",
    noHistoryMerged: "um mapa reunido a partir de sa\xEDdas JSON n\xE3o o tem; o relat\xF3rio de cada reposit\xF3rio tem.",
    mergedSuppressions: "Reunido a partir de sa\xEDdas de check --format json: as supress\xF5es n\xE3o est\xE3o nelas, por isso nenhuma c\xE9lula aparece suprimida; uma constata\xE7\xE3o names-no-customer cujo conceito o JSON n\xE3o diz aparece sob o seu registo.",
    mergedDates: "A data de um registo n\xE3o est\xE1 nas sa\xEDdas JSON: s\xF3 os registos com data contam como recentes para as personas.",
    states: { present: "presente", thin: "fraco", hollow: "vazio", missing: "ausente", suppressed: "suprimido", "not-required": "n\xE3o obrigat\xF3rio" },
    meanings: {
      present: "a sec\xE7\xE3o est\xE1 escrita e diz o que deve",
      thin: "escrita, mas uma regra de subst\xE2ncia pede mais: quem s\xE3o os clientes, como se v\xE3o sentir, um n\xFAmero ou uma fonte",
      hollow: "o t\xEDtulo est\xE1 l\xE1, sem nada por baixo al\xE9m de linhas em branco ou texto provis\xF3rio",
      missing: "o registo deve tratar este conceito e n\xE3o o faz",
      suppressed: "ausente ou vazio, e um coment\xE1rio customer-lens-disable silencia-o; o motivo aparece na c\xE9lula",
      "not-required": "o tipo e o estado do registo n\xE3o pedem este conceito"
    }
  }
};

// server/src/engine/l10n/catalog.ts
function format2(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, name) => name in values ? String(values[name]) : m);
}

// server/src/engine/l10n/index.ts
function merge(p) {
  const concepts = { ...en2.concepts };
  for (const [id, text2] of Object.entries(p.concepts ?? {})) {
    const key = id;
    concepts[key] = { ...en2.concepts[key], ...text2 };
  }
  return {
    language: p.language,
    concepts,
    messages: { ...en2.messages, ...p.messages, config: { ...en2.messages.config, ...p.messages?.config } },
    ui: { ...en2.ui, ...p.ui, statusMeaning: { ...en2.ui.statusMeaning, ...p.ui?.statusMeaning }, scaffolds: { ...en2.ui.scaffolds, ...p.ui?.scaffolds } },
    persona: { ...en2.persona, ...p.persona, sections: { ...en2.persona.sections, ...p.persona?.sections }, prompts: { ...en2.persona.prompts, ...p.persona?.prompts } },
    report: { ...en2.report, ...p.report, states: { ...en2.report.states, ...p.report?.states }, meanings: { ...en2.report.meanings, ...p.report?.meanings } }
  };
}
var CATALOGS = { en: en2, it: merge(it2), es: merge(es2), pl: merge(pl2), de: merge(de2), fr: merge(fr2), pt: merge(pt2) };
function catalogFor(locale) {
  const code2 = (locale ?? "en").slice(0, 2).toLowerCase();
  return LANGUAGES.includes(code2) ? CATALOGS[code2] : en2;
}

// server/src/engine/hollow.ts
var PROMPTS = new Set(LANGUAGES.flatMap((l) => CONCEPTS.map((c) => words(catalogFor(l).concepts[c].prompt).join(" "))));
function isUnansweredLine(line) {
  return isPlaceholderLine(line) || PROMPTS.has(words(line).join(" "));
}
var HEADING_LINE = /^\s{0,3}(?:#{1,6}(?:\s|$)|=+\s*$|-+\s*$)/;
function contentLines(section) {
  const body = section.body.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const lines = body.split("\n").filter((l) => l.trim().length > 0);
  return section.source === "heading" ? lines.filter((l) => !HEADING_LINE.test(l)) : lines;
}
function hollowness(section) {
  const lines = contentLines(section);
  if (lines.length === 0) return "empty";
  if (section.concepts.includes("customer-impact") && saysOnlyNoImpact(lines.join(" "))) return "no-impact";
  if (lines.every(isUnansweredLine)) return "placeholder";
  return void 0;
}

// server/src/engine/personas/directory.ts
var PERSONA_ID = /^[\p{L}\p{N}_-]+$/u;
function isPersonaId(value) {
  return value.length <= 200 && PERSONA_ID.test(value);
}
function knows(directory, id) {
  return directory.cards.find((c) => c.id === id);
}

// server/src/engine/personas/references.ts
var REFERENCE_KEYS = ["customers", "personas"];
function idsOf(value) {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v) => typeof v === "string").map((v) => v.trim()).filter(isPersonaId);
}
var escape3 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function placesOf(ids, keyLine, index) {
  const lines = [keyLine];
  for (let n = keyLine + 1; n < index.lineCount && /^(?:\s+\S|-\s)/.test(index.line(n)); n++) lines.push(n);
  const taken = /* @__PURE__ */ new Set();
  return ids.map((id) => {
    const word = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape3(id)}(?![\\p{L}\\p{N}_-])`, "gu");
    for (const n of lines) {
      const text2 = index.line(n);
      const from = n === keyLine ? text2.indexOf(":") + 1 : 0;
      word.lastIndex = from;
      for (let m = word.exec(text2); m; m = word.exec(text2)) {
        const key = `${n}:${m.index}`;
        if (taken.has(key)) continue;
        taken.add(key);
        return { start: { line: n, character: m.index }, end: { line: n, character: m.index + id.length } };
      }
    }
    return index.lineRange(keyLine);
  });
}
function keyReferences(frontMatter, index) {
  if (!frontMatter) return [];
  const out = [];
  for (const key of REFERENCE_KEYS) {
    const line = frontMatter.keyLines.get(key);
    if (line === void 0 || !Object.hasOwn(frontMatter.data, key)) continue;
    const ids = idsOf(frontMatter.data[key]);
    placesOf(ids, line, index).forEach((range, i) => out.push({ id: ids[i], range, via: "key" }));
  }
  return out;
}
var LINK = /\[[^\]\n]*\]\(\s*<?([^()\s<>]+?)>?(?:\s+["'][^"'\n]*["'])?\s*\)/g;
var DOCUMENT_TARGET = /^(?![a-z][a-z\d+.-]*:|\/\/)[^#?]+\.(?:md|markdown|ya?ml)(?:[#?].*)?$/i;
function documentLinks(index) {
  if (!index.text.includes("](")) return [];
  const out = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(index.text); m; m = LINK.exec(index.text)) {
    if (!DOCUMENT_TARGET.test(m[1])) continue;
    let target = m[1].replace(/[#?].*$/, "");
    try {
      target = decodeURIComponent(target);
    } catch {
    }
    out.push({ target, range: { start: index.positionAt(m.index), end: index.positionAt(m.index + m[0].length) } });
  }
  return out;
}
function linkReferences(links, directory) {
  const cardAt = directory?.cardAt;
  if (!cardAt) return [];
  const out = [];
  for (const link2 of links) {
    const card = cardAt.call(directory, link2.target);
    if (card) out.push({ id: card.id, range: link2.range, via: "link" });
  }
  return out;
}

// server/src/engine/rules/missingConcept.ts
function missingConceptRule(concept, description, defaultSeverity, { required = () => true, namedByPersonaLink = false } = {}) {
  return {
    id: concept,
    description,
    defaultSeverity,
    concept: { id: concept, required, namedByPersonaLink },
    check(ctx) {
      const report = ctx.concepts.find((c) => c.concept === concept);
      if (report && report.required && report.state === "missing") {
        ctx.report(ctx.anchor, ctx.catalog.concepts[concept].missing, concept);
      }
    }
  };
}
var coreSeverity = (_kind, status) => status === "accepted" ? "error" : "warning";

// server/src/engine/rules/closeTheLoop.ts
var closeTheLoop_default = missingConceptRule(
  "close-the-loop",
  "An accepted decision says how we follow up with customers.",
  () => "info",
  { required: (kind, status) => kind === "decision" && status === "accepted" }
);

// server/src/engine/rules/customerEvidence.ts
var customerEvidence_default = missingConceptRule(
  "customer-evidence",
  "Brings the voice of the customer: feedback, research or data.",
  () => "info"
);

// server/src/engine/rules/customerImpact.ts
var customerImpact_default = missingConceptRule(
  "customer-impact",
  "Says how the change affects the customer and how they will feel about it.",
  coreSeverity
);

// server/src/engine/rules/customerSegment.ts
var customerSegment_default = missingConceptRule(
  "customer-segment",
  "Names who the customer is: persona, segment or plan.",
  (kind) => kind === "spec" ? "warning" : "info",
  // A link to a persona card says who the customer is.
  { namedByPersonaLink: true }
);

// server/src/engine/rules/hollowSection.ts
function hollowSectionRule(id, description, hollowness2, message) {
  return {
    id,
    description,
    defaultSeverity: () => "warning",
    check(ctx) {
      for (const s of ctx.conceptSections) {
        if (ctx.hollowness(s) !== hollowness2) continue;
        const concept = s.concepts[0];
        ctx.report(s.labelRange, format2(message(ctx.catalog), { label: s.label, prompt: ctx.catalog.concepts[concept].prompt }), concept);
      }
    }
  };
}

// server/src/engine/rules/emptySection.ts
var emptySection_default = hollowSectionRule(
  "empty-section",
  "A customer section has content, not only a heading or comments.",
  "empty",
  (catalog) => catalog.messages.emptySection
);

// server/src/engine/rules/substance.ts
function substanceRule(id, description, signal, concepts, message) {
  return {
    id,
    description,
    substance: { signal, concepts },
    defaultSeverity: () => "info",
    note: "quiet on rejected, deprecated and superseded records",
    check(ctx) {
      if (HISTORY.includes(ctx.status)) return;
      for (const s of ctx.conceptSections) {
        for (const v of ctx.judgement(s)) {
          if (v.rule === id && !v.met) ctx.report(s.labelRange, message(ctx.catalog), v.concept);
        }
      }
    }
  };
}

// server/src/engine/rules/evidenceWithoutSource.ts
var evidenceWithoutSource_default = substanceRule(
  "evidence-without-source",
  "Customer evidence cites a source: a link, a ticket, a quotation, a date or a count.",
  "evidence",
  ["customer-evidence"],
  (c) => c.messages.evidenceWithoutSource
);

// server/src/engine/rules/fileTooLarge.ts
var rule = {
  id: "file-too-large",
  description: "Files above the size limit (16 MiB or 100,000 lines) are skipped with this one finding, so nothing freezes.",
  defaultSeverity: () => "info"
};
var fileTooLarge_default = rule;

// server/src/engine/rules/impactWithoutFeeling.ts
var impactWithoutFeeling_default = substanceRule(
  "impact-without-feeling",
  "A customer impact says how customers will feel or react, not only what changes.",
  "feeling",
  ["customer-impact"],
  (c) => c.messages.impactWithoutFeeling
);

// server/src/engine/rules/invalidConfig.ts
var rule2 = {
  id: "invalid-config",
  description: "The .customer-lens.yaml file is valid; where it is not, the defaults apply.",
  note: "reported about the config file itself; a setting here does not lower it",
  defaultSeverity: () => "error"
};
var invalidConfig_default = rule2;

// server/src/engine/rules/invalidFrontMatter.ts
function messageOf(e, m) {
  const p = e.problem;
  if ("unclosed" in p) return m.frontMatterUnclosed;
  if ("notAMap" in p && e.where === "record") return m.recordNotAMap;
  const problem = "syntax" in p ? p.syntax : "notAMap" in p ? m.frontMatterNotAMap : refusalText(p.refused, m);
  return format2(e.where === "record" ? m.recordInvalid : m.frontMatterInvalid, { problem });
}
var rule3 = {
  id: "invalid-front-matter",
  description: "Front matter (or a YAML record) parses, so kind and status can be read.",
  defaultSeverity: () => "warning",
  check(ctx) {
    for (const e of ctx.document.parseErrors) ctx.report(e.range, messageOf(e, ctx.catalog.messages));
  }
};
var invalidFrontMatter_default = rule3;

// server/src/engine/rules/invalidSuppression.ts
var rule4 = {
  id: "invalid-suppression",
  description: "A customer-lens-disable comment names real rules and gives its reason after `--`.",
  defaultSeverity: () => "warning",
  // A suppression cannot hide what is wrong with suppressions.
  unsuppressible: true,
  check(ctx) {
    for (const c of ctx.suppressions.unreasoned) ctx.report(c.range, ctx.catalog.messages.invalidSuppression);
    for (const u of ctx.suppressions.unknownRules) ctx.report(u.comment.range, format2(ctx.catalog.messages.unknownSuppressedRule, { rule: u.rule }));
  }
};
var invalidSuppression_default = rule4;

// server/src/engine/rules/metricWithoutNumber.ts
var metricWithoutNumber_default = substanceRule(
  "metric-without-number",
  "A success metric gives a number, a percentage, a threshold or a time frame.",
  "metric",
  ["success-metrics"],
  (c) => c.messages.metricWithoutNumber
);

// server/src/engine/rules/namesNoCustomer.ts
var namesNoCustomer_default = substanceRule(
  "names-no-customer",
  "A customer impact, problem solved or value created says who: a customer word, a persona, or whom the customers section names.",
  "who",
  ["customer-impact", "problem-solved", "value-created"],
  (c) => c.messages.namesNoCustomer
);

// server/src/engine/rules/placeholderText.ts
var placeholderText_default = hollowSectionRule(
  "placeholder-text",
  "A customer section holds real text, not TBD, TODO, N/A or template hints.",
  "placeholder",
  (catalog) => catalog.messages.placeholderText
);

// server/src/engine/rules/problemSolved.ts
var problemSolved_default = missingConceptRule("problem-solved", "Names the customer problem that this solves.", coreSeverity);

// server/src/engine/rules/successMetrics.ts
var successMetrics_default = missingConceptRule(
  "success-metrics",
  "Measures success the way the customer feels it.",
  (kind) => kind === "spec" ? "warning" : "info"
);

// server/src/engine/rules/unjustifiedNoImpact.ts
var rule5 = {
  id: "unjustified-no-impact",
  description: 'A customer impact of "none" comes with the reason customers will not notice.',
  defaultSeverity: () => "warning",
  check(ctx) {
    for (const s of ctx.conceptSections) {
      if (s.concepts.includes("customer-impact") && ctx.hollowness(s) === "no-impact") {
        ctx.report(s.labelRange, ctx.catalog.messages.unjustifiedNoImpact, "customer-impact");
      }
    }
  }
};
var unjustifiedNoImpact_default = rule5;

// server/src/engine/rules/unknownPersona.ts
var rule6 = {
  id: "unknown-persona",
  description: "A record references a persona id that no persona card defines.",
  note: "only in a workspace with at least one persona card",
  defaultSeverity: () => "warning",
  check(ctx) {
    const personas = ctx.personas;
    if (!personas || personas.cards.length === 0) return;
    for (const ref of ctx.references) {
      if (ref.via === "key" && !knows(personas, ref.id)) ctx.report(ref.range, format2(ctx.catalog.messages.unknownPersona, { id: ref.id }));
    }
  }
};
var unknownPersona_default = rule6;

// server/src/engine/rules/unusedPersona.ts
var rule7 = {
  id: "unused-persona",
  description: "A persona card that no decision or spec references.",
  defaultSeverity: () => "info",
  checkPersona(ctx) {
    if (ctx.personas?.usedBy?.(ctx.card.id) === 0) ctx.report(ctx.card.anchor, format2(ctx.catalog.messages.unusedPersona, { id: ctx.card.id }));
  }
};
var unusedPersona_default = rule7;

// server/src/engine/rules/valueCreated.ts
var valueCreated_default = missingConceptRule("value-created", "Says what value the customer gets and why they would care.", coreSeverity);

// server/src/engine/rules/index.ts
var DOCS_BASE = "https://github.com/customer-lens/customer-lens/blob/main/docs/rules/";
function docsUrl(id) {
  return `${DOCS_BASE}${id}.md`;
}
var DEFINITIONS = [
  customerImpact_default,
  problemSolved_default,
  valueCreated_default,
  customerSegment_default,
  customerEvidence_default,
  successMetrics_default,
  closeTheLoop_default,
  emptySection_default,
  placeholderText_default,
  unjustifiedNoImpact_default,
  namesNoCustomer_default,
  impactWithoutFeeling_default,
  metricWithoutNumber_default,
  evidenceWithoutSource_default,
  unknownPersona_default,
  unusedPersona_default,
  invalidSuppression_default,
  invalidFrontMatter_default,
  invalidConfig_default,
  fileTooLarge_default
];
var RULES = DEFINITIONS.map((r) => ({ ...r, docs: docsUrl(r.id) }));
var RULE_IDS = RULES.map((r) => r.id);
var SUBSTANCE = RULES.flatMap((r) => r.substance ? [{ rule: r.id, ...r.substance }] : []);

// server/src/engine/judge.ts
var PhraseSet = class {
  byFirst = new PrefixTree();
  add(phrase) {
    if (phrase.length > 0 && phrase[0].word.length > 0) this.byFirst.add(phrase[0].word, phrase);
  }
  /** Whether some phrase starts at some token; `skip` passes over tokens used in another sense. */
  foundIn(tokens, skip) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.byFirst.somePrefix(tokens[i], (p) => p.every((m, j) => i + j < tokens.length && wordMatches(m, tokens[i + j])));
      if (hit && !skip?.(i)) return true;
    }
    return false;
  }
};
var builtIn = (raw) => raw.split(/\s+/).filter((w) => w.length > 0).map(compileWord);
var plain = (raw) => words(raw).map((word) => ({ word, stem: false }));
var ROLES = [
  "owner*",
  "admin*",
  "operator*",
  "developer*",
  "manager*",
  "staff",
  "agent*",
  "seller*",
  "driver*",
  "nurse*",
  "doctor*",
  "famil*",
  "parent*",
  "student*",
  "teacher*",
  "titolar*",
  "gestor*",
  "propietari*",
  "wlasciciel*",
  "inhaber*",
  "proprietaire*",
  "proprietari*",
  "vendedor*",
  "venditor*",
  "sprzedaw*",
  "commercant*",
  "lojist*"
];
var FEELINGS = new PhraseSet();
for (const v of VOCABULARIES) for (const f of v.feelings) FEELINGS.add(builtIn(f));
function phrasesByLanguage(of) {
  const sets = /* @__PURE__ */ new Map();
  for (const v of VOCABULARIES) {
    const set2 = new PhraseSet();
    for (const raw of of(v)) set2.add(builtIn(raw));
    sets.set(v.language, set2);
  }
  return sets;
}
var REACTIONS = phrasesByLanguage((v) => v.reactions);
var MEASURES = phrasesByLanguage((v) => v.measures);
function foundInLanguage(sets, language, tokens) {
  return (sets.get(language)?.foundIn(tokens) ?? false) || language !== "en" && (sets.get("en")?.foundIn(tokens) ?? false);
}
var ROLE_WORDS = new PhraseSet();
for (const r of ROLES) ROLE_WORDS.add(builtIn(r));
var STOP_WORDS = new Set(VOCABULARIES.flatMap((v) => [...v.fillers, ...v.common].map(fold)));
var LINK_OR_TICKET = /https?:\/\/|\]\(|(?:^|[\s(])#\d+|\b[A-Z][A-Z\d]+-\d+\b/;
var QUOTATION = /["“”«»„][^"“”«»„\n]{8,}["“”«»„]|^\s*>/m;
var DIGIT = /\d/;
var SubstanceWords = class {
  bySignal;
  constructor(config2) {
    this.bySignal = { who: new PhraseSet(), feeling: new PhraseSet(), metric: new PhraseSet(), evidence: new PhraseSet() };
    for (const signal of Object.keys(this.bySignal)) for (const w of config2.words?.[signal] ?? []) this.bySignal[signal].add(plain(w));
  }
};
function personaIds(doc) {
  const data = doc.frontMatter?.data ?? {};
  const out = [];
  for (const key of REFERENCE_KEYS) {
    const v = data[key];
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === "string") out.push(item);
  }
  return out;
}
function peopleWords(text2) {
  return words(text2).filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !DIGIT.test(w));
}
function leadingNounPhrase(line) {
  const clause = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").split(/[,.;:()\u2014\u2013]|\s-\s/)[0];
  const ws = words(clause);
  let i = 0;
  while (i < ws.length && STOP_WORDS.has(ws[i])) i++;
  const out = [];
  for (; i < ws.length && !STOP_WORDS.has(ws[i]) && out.length < 4; i++) out.push(ws[i]);
  return peopleWords(out.join(" "));
}
function personStem(word) {
  const stem = word.replace(/(?:ies|es|en|s|i|e|a|o|y)$/, "");
  return stem.length >= 4 && stem !== word ? { word: stem, stem: true } : { word, stem: word.length >= 5 };
}
function readingOf(doc, matcher, extra, personas = [], referenced = []) {
  const people = new PhraseSet();
  const ids = [.../* @__PURE__ */ new Set([...personaIds(doc), ...referenced])];
  for (const id of ids) {
    for (const w of peopleWords(id.replace(/[-_]/g, " "))) people.add([personStem(w)]);
    const card = personas.find((p) => p.id === id);
    if (card?.name) for (const w of peopleWords(card.name)) people.add([personStem(w)]);
  }
  for (const s of doc.sections) if (!s.generic) addPeopleOf(s, people);
  let language;
  return { matcher, words: extra, language: () => language ??= languageOf(doc), people };
}
function addPeopleOf(s, people) {
  if (!s.concepts.includes("customer-segment")) return;
  for (const line of answeredLines(s)) for (const w of leadingNounPhrase(line)) people.add([personStem(w)]);
}
function isScaffold(line) {
  if (isPlaceholderLine(line)) return true;
  const colon = line.indexOf(":");
  return colon > 0 && isPlaceholderLine(line.slice(colon + 1));
}
function answeredLines(section) {
  return contentLines(section).filter((l) => !isScaffold(l));
}
function opensWithNoImpact(text2) {
  const opening = text2.split(/[:.;,\n]/)[0];
  return saysOnlyNoImpact(opening) || saysOnlyNoImpact(words(opening)[0] ?? "");
}
function namesWho(tokens, r, except) {
  return r.words.bySignal.who.foundIn(tokens) || r.matcher.namesCustomerIn(tokens, except) || ROLE_WORDS.foundIn(tokens, (i) => r.matcher.isOtherSense(tokens, i)) || r.people.foundIn(tokens);
}
function gives(signal, text2, tokens, r) {
  if (r.words.bySignal[signal].foundIn(tokens)) return true;
  switch (signal) {
    case "who":
      return namesWho(tokens, r);
    case "feeling":
      return FEELINGS.foundIn(tokens) || foundInLanguage(REACTIONS, r.language(), tokens) || opensWithNoImpact(text2);
    case "metric":
      return DIGIT.test(text2) || foundInLanguage(MEASURES, r.language(), tokens);
    case "evidence":
      return DIGIT.test(text2) || LINK_OR_TICKET.test(text2) || QUOTATION.test(text2) || foundInLanguage(MEASURES, r.language(), tokens);
  }
}
function judgeSection(section, reading) {
  const asked = SUBSTANCE.filter((s) => s.concepts.some((c) => section.concepts.includes(c)));
  if (asked.length === 0) return [];
  const text2 = answeredLines(section).join("\n");
  const tokens = words(text2);
  return asked.map((s) => ({
    rule: s.rule,
    signal: s.signal,
    concept: CONCEPTS.find((c) => s.concepts.includes(c) && section.concepts.includes(c)) ?? s.concepts[0],
    met: gives(s.signal, text2, tokens, reading)
  }));
}

// server/src/engine/generic.ts
var INLINE_CODE = /`[^`\n]*`/g;
var IDENTIFIER = /\b[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*\b/g;
function prose(lines) {
  const out = [];
  let fence2;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m && (fence2 === void 0 || m[1].startsWith(fence2))) fence2 = fence2 === void 0 ? m[1] : void 0;
    else if (fence2 === void 0) out.push(line.replace(INLINE_CODE, " ").replace(IDENTIFIER, " "));
  }
  return out.join("\n");
}
function otherSenseWords(doc, r) {
  return r.matcher.otherSenseWords(words(prose(doc.text.split("\n"))));
}
function namesSomeone(section, r, otherSenses) {
  const own = r.matcher.genericWord(section.label);
  return namesWho(words(prose(answeredLines(section))), r, own === void 0 ? otherSenses : [own, ...otherSenses]);
}
function settleGenericSections(doc, r) {
  let otherSenses;
  for (const s of doc.sections) {
    if (!s.generic || s.concepts.length === 0) continue;
    if (namesSomeone(s, r, otherSenses ??= otherSenseWords(doc, r))) addPeopleOf(s, r.people);
    else s.concepts = [];
  }
}

// server/src/engine/personas/card.ts
var CARD_PARTS = ["segment", "jobs", "pains", "gains", "quotes"];
var EXTRA = {
  segment: ["segment", "customer segment"],
  jobs: ["jobs", "jtbd", "job to be done", "goals"],
  pains: ["pain", "pain points", "frustrations"],
  gains: ["gain", "benefits"],
  quotes: ["quote", "voice of the customer"]
};
var PART_BY_LABEL = /* @__PURE__ */ new Map();
for (const part of CARD_PARTS) {
  const labels = [...EXTRA[part], ...LANGUAGES.map((l) => catalogFor(l).persona.sections[part])];
  for (const label of labels) PART_BY_LABEL.set(words(label).join(" "), part);
}
function partOf(section) {
  return PART_BY_LABEL.get(words(section.label).join(" "));
}
function valueLines(value) {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v) => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter((v) => v.length > 0);
}
function itemsOf(section) {
  return contentLines(section).map((l) => l.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s*/, "").replace(/^["“„«]\s*|\s*["”“»]$/g, "").trim()).filter((l) => l.length > 0);
}
function idFromPath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.indexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
function valueRange(index, line, value) {
  const text2 = index.line(line);
  const at = text2.indexOf(value, text2.indexOf(":") + 1);
  return at >= 0 ? { start: { line, character: at }, end: { line, character: at + value.length } } : index.lineRange(line);
}
function readCard(doc, path, index, anchor) {
  const data = doc.frontMatter?.data ?? {};
  const written = typeof data.id === "string" || typeof data.id === "number" ? String(data.id).trim() : "";
  const hasId = isPersonaId(written);
  const id = hasId ? written : idFromPath(path);
  const idLine = doc.frontMatter?.keyLines.get("id");
  const idRange = hasId && idLine !== void 0 ? valueRange(index, idLine, written) : anchor;
  const name = typeof data.name === "string" && data.name.trim() ? data.name.trim() : doc.title?.text.trim() || void 0;
  const parts = { segment: [], jobs: [], pains: [], gains: [], quotes: [] };
  for (const key of Object.keys(data)) {
    const part = PART_BY_LABEL.get(words(keyToWords(key)).join(" "));
    if (part && parts[part].length === 0) parts[part] = valueLines(data[key]);
  }
  for (const section of doc.sections) {
    if (section.source === "front-matter" || section.source === "yaml-key") continue;
    const part = partOf(section);
    if (part && parts[part].length === 0) parts[part] = itemsOf(section);
  }
  return {
    id,
    idRange,
    idFromFileName: !hasId,
    name,
    segment: parts.segment.length > 0 ? parts.segment.join(" ") : void 0,
    jobs: parts.jobs,
    pains: parts.pains,
    gains: parts.gains,
    quotes: parts.quotes,
    anchor
  };
}

// server/src/engine/suppress.ts
var MARKER = "customer-lens-disable";
function scanSuppressions(doc, ruleIds) {
  const out = { suppressions: [], unreasoned: [], unknownRules: [] };
  const headings = doc.sections.filter((s) => s.source === "heading" && s.level > 1);
  for (const c of doc.comments) {
    const text2 = c.text.trim();
    if (!text2.startsWith(MARKER)) continue;
    const rest = text2.slice(MARKER.length);
    if (rest.length > 0 && !/^\s/.test(rest)) continue;
    const dash = rest.indexOf("--");
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() : "";
    const list2 = (dash >= 0 ? rest.slice(0, dash) : rest).split(/[\s,]+/).filter((r) => r.length > 0);
    if (reason.length === 0) {
      out.unreasoned.push(c);
      continue;
    }
    for (const rule8 of list2) if (!ruleIds.includes(rule8)) out.unknownRules.push({ comment: c, rule: rule8 });
    const enclosing = headings.filter((h) => h.labelRange.start.line < c.line && c.line < h.bodyEnd).pop();
    out.suppressions.push({
      rules: list2.length > 0 ? list2 : "all",
      reason,
      from: enclosing ? enclosing.labelRange.start.line : 0,
      to: enclosing ? enclosing.bodyEnd : Number.MAX_SAFE_INTEGER,
      range: c.range
    });
  }
  return out;
}
function suppressionOf(f, suppressions) {
  return suppressions.find((s) => (s.rules === "all" || s.rules.includes(f.rule)) && f.range.start.line >= s.from && f.range.start.line < s.to);
}

// server/src/engine/analyze.ts
var SEVERITY_RANK = { error: 0, warning: 1, info: 2, hint: 3 };
function requiredConcepts(kind, status, config2) {
  return config2.kinds[kind].concepts ? new Set(config2.kinds[kind].concepts) : REQUIRED[kind][status];
}
function requiredByRules(kind) {
  const out = {};
  for (const status of STATUSES) out[status] = new Set(RULES.flatMap((r) => r.concept?.required(kind, status) ? [r.concept.id] : []));
  return out;
}
var REQUIRED = { decision: requiredByRules("decision"), spec: requiredByRules("spec") };
var NAMED_BY_PERSONA_LINK = new Set(RULES.flatMap((r) => r.concept?.namedByPersonaLink ? [r.concept.id] : []));
var UNSUPPRESSIBLE = new Set(RULES.flatMap((r) => r.unsuppressible ? [r.id] : []));
function conceptReports(sections, hollow, required, linksPersona) {
  return CONCEPTS.map((concept) => {
    const named = sections.filter((s) => s.concepts.includes(concept));
    const solid = named.find((s) => hollow.get(s) === void 0 || hollow.get(s) === "no-impact");
    const linked = linksPersona && NAMED_BY_PERSONA_LINK.has(concept);
    const state = solid || linked && named.length === 0 ? "present" : named.length > 0 ? "hollow" : "missing";
    return { concept, state, section: solid ?? named[0], required: required.has(concept) };
  });
}
function severityFor(ruleId, base, config2, status) {
  const setting = config2.rules[ruleId];
  if (setting === "off") return void 0;
  const severity = setting ?? base;
  if (HISTORY.includes(status) && SEVERITY_RANK[severity] < SEVERITY_RANK.info) return "info";
  return severity;
}
function applySuppressions(findings, { suppressions }) {
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const by = UNSUPPRESSIBLE.has(f.rule) ? void 0 : suppressionOf(f, suppressions);
    if (by) suppressed.push({ finding: f, reason: by.reason });
    else kept.push(f);
  }
  return { kept, suppressed };
}
function analyze(input2, compiled) {
  const { config: config2 } = input2;
  const catalog = catalogFor(input2.locale);
  const tooMuch = isTooLarge(input2);
  if (tooMuch) {
    const m = catalog.messages;
    const message = tooMuch === "bytes" ? format2(m.fileTooLarge, { limit: MAX_FILE_BYTES / (1024 * 1024) }) : format2(m.fileTooManyLines, { lines: MAX_FILE_LINES.toLocaleString("en") });
    return tooLarge(input2, compiled, message);
  }
  const index = new LineIndex(input2.text);
  const document = parseDocument(input2.path, index, compiled.matcher);
  const fileKind = kindFromFrontMatter(document) ?? fileKindFromPath(input2.path, compiled.globs);
  const statusInfo = statusOf(document, index);
  const status = statusInfo.status;
  const anchor = anchorOf(document, index);
  if (fileKind === "persona") return personaAnalysis(input2, document, index, anchor, statusInfo);
  const kind = fileKind;
  if (!kind) return { kind, status, statusInfo, document, concepts: [], findings: [], judgements: /* @__PURE__ */ new Map(), anchor, suppressed: [], references: [] };
  const references = [...keyReferences(document.frontMatter, index), ...linkReferences(input2.personaDirectory?.cardAt ? documentLinks(index) : [], input2.personaDirectory)];
  const reading = readingOf(document, compiled.matcher, compiled.words, input2.personaDirectory?.cards, references.map((r) => r.id));
  settleGenericSections(document, reading);
  const conceptSections = document.sections.filter((s) => s.concepts.length > 0);
  const hollow = new Map(conceptSections.map((s) => [s, hollowness(s)]));
  const linksPersona = references.some((r) => r.via === "link");
  const concepts = conceptReports(conceptSections, hollow, requiredConcepts(kind, status, config2), linksPersona);
  const judgements = new Map(conceptSections.filter((s) => hollow.get(s) === void 0).map((s) => [s, judgeSection(s, reading)]));
  const suppressions = scanSuppressions(document, RULE_IDS);
  const findings = [];
  for (const rule8 of RULES) {
    if (!rule8.check) continue;
    const severity = severityFor(rule8.id, rule8.defaultSeverity(kind, status), config2, status);
    if (!severity) continue;
    const context = {
      document,
      kind,
      status,
      concepts,
      conceptSections,
      suppressions,
      catalog,
      anchor,
      hollowness: (s) => hollow.get(s),
      judgement: (s) => judgements.get(s) ?? [],
      report: (range, message, concept) => findings.push({ rule: rule8.id, severity, message, range, concept }),
      references,
      personas: input2.personaDirectory
    };
    rule8.check(context);
  }
  const { kept, suppressed } = applySuppressions(findings, suppressions);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kind, status, statusInfo, document, concepts, findings: kept, judgements, anchor, suppressed, references };
}
function personaAnalysis(input2, document, index, anchor, statusInfo) {
  const card = readCard(document, input2.path, index, anchor);
  const catalog = catalogFor(input2.locale);
  const findings = [];
  for (const rule8 of RULES) {
    const severity = rule8.checkPersona && severityFor(rule8.id, rule8.defaultSeverity("spec", "proposed"), input2.config, "proposed");
    if (!rule8.checkPersona || !severity) continue;
    rule8.checkPersona({ card, personas: input2.personaDirectory, catalog, report: (range, message) => findings.push({ rule: rule8.id, severity, message, range }) });
  }
  const { kept } = applySuppressions(findings, scanSuppressions(document, RULE_IDS));
  return { status: statusInfo.status, statusInfo, document, concepts: [], findings: kept, judgements: /* @__PURE__ */ new Map(), anchor, suppressed: [], references: [], persona: card };
}
function tooLarge(input2, compiled, message) {
  const firstLineEnd = input2.text.indexOf("\n");
  const width = Math.min(firstLineEnd < 0 ? input2.text.length : firstLineEnd, 200);
  const anchor = { start: { line: 0, character: 0 }, end: { line: 0, character: width } };
  const document = { format: isYamlPath(input2.path) ? "yaml" : "markdown", text: "", lineCount: 0, sections: [], comments: [], parseErrors: [] };
  const kind = kindFromPath(input2.path, compiled.globs);
  const severity = severityFor(fileTooLarge_default.id, fileTooLarge_default.defaultSeverity(kind ?? "spec", "proposed"), input2.config, "proposed");
  const findings = kind && severity ? [{ rule: fileTooLarge_default.id, severity, message, range: anchor }] : [];
  return { kind, status: "proposed", statusInfo: { status: "proposed" }, document, concepts: [], findings, judgements: /* @__PURE__ */ new Map(), anchor, suppressed: [], references: [] };
}

// server/src/engine/personas/facts.ts
function personaFacts(input2, compiled) {
  if (isTooLarge(input2)) return { references: [], links: [] };
  const index = new LineIndex(input2.text);
  const frontMatter = declaredFrontMatter(input2.path, index);
  const kind = (frontMatter ? kindFromData(frontMatter.data) : void 0) ?? fileKindFromPath(input2.path, compiled.globs);
  if (!kind) return { references: [], links: [] };
  if (kind === "persona") {
    const doc = parseDocument(input2.path, index, compiled.matcher);
    return { kind, card: readCard(doc, input2.path, index, anchorOf(doc, index)), references: [], links: [] };
  }
  const links = documentLinks(index);
  return { kind, references: [...keyReferences(frontMatter, index), ...linkReferences(links, input2.personaDirectory)], links };
}

// server/src/engine/compare.ts
function conceptStates(checklist) {
  const out = {};
  for (const concept of CONCEPTS) {
    const entry = checklist.find((c) => c.concept === concept);
    out[concept] = !entry || entry.state === "missing" && !entry.required ? "not-required" : entry.state;
  }
  return out;
}
function conceptChanges(before, after) {
  const now = conceptStates(after);
  const was = before ? conceptStates(before) : void 0;
  const out = [];
  for (const concept of CONCEPTS) {
    const a = now[concept];
    const b = was?.[concept];
    if (a === "not-required" && (b === void 0 || b === "not-required")) continue;
    if (b === void 0) out.push({ concept, now: a });
    else if (b !== a || a !== "present") out.push({ concept, was: b, now: a });
  }
  return out;
}
function requiredCount(checklist) {
  const required = checklist.filter((c) => c.required);
  return { present: required.filter((c) => c.state === "present").length, required: required.length };
}
function coveragePercent(count) {
  return count.required > 0 ? Math.round(count.present / count.required * 1e3) / 10 : void 0;
}

// server/src/engine/config/load.ts
var import_yaml3 = __toESM(require_dist());
var INVALID_CONFIG = "invalid-config";
var MAX_GLOB_CHARACTERS = 16384;
var MAX_HEADINGS = 100;
var MAX_WORDS = 500;
var Reporter = class {
  constructor(index, m) {
    this.index = index;
    this.m = m;
  }
  index;
  m;
  findings = [];
  /** The characters of the globs read so far, against MAX_GLOB_CHARACTERS. */
  globCharacters = 0;
  rangeOf(node) {
    if (!node || !node.range) return this.index.lineRange(0);
    const clamp = (p) => ({ line: p.line, character: Math.min(p.character, this.index.line(p.line).length) });
    const start = clamp(this.index.positionAt(node.range[0]));
    const e = clamp(this.index.positionAt(Math.max(node.range[0], node.range[1])));
    const end = e.line === start.line ? e : { line: start.line, character: this.index.line(start.line).length };
    return { start, end };
  }
  /** `message`: a template of the catalog, filled with `values`. */
  report(node, message, values = {}) {
    this.findings.push({ rule: INVALID_CONFIG, severity: "error", message: format2(message, values), range: this.rangeOf(node) });
  }
};
function globProblem(e, m) {
  return e instanceof GlobError ? format2(m[e.problem], e.values) : m.globMalformed;
}
function entries(map, r) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const p of map.items) {
    if (!(0, import_yaml3.isScalar)(p.key)) continue;
    const key = String(p.key.value);
    if (seen.has(key)) r.report(p.key, r.m.yamlInvalid, { problem: r.m.keysNotUnique });
    seen.add(key);
    out.push({ key, keyNode: p.key, value: p.value });
  }
  return out;
}
function stringList(value, where, r) {
  if ((0, import_yaml3.isScalar)(value) && typeof value.value === "string") return [value.value];
  if (!(0, import_yaml3.isSeq)(value)) {
    r.report(value, r.m.notAList, { setting: where });
    return void 0;
  }
  const out = [];
  for (const item of value.items) {
    if ((0, import_yaml3.isScalar)(item) && (typeof item.value === "string" || typeof item.value === "number")) out.push(String(item.value));
    else r.report(item, r.m.notStrings, { setting: where });
  }
  return out;
}
function globs(value, where, r) {
  const list2 = stringList(value, where, r) ?? [];
  const out = [];
  for (const [i, g] of list2.entries()) {
    const item = (0, import_yaml3.isSeq)(value) ? value.items[i] : value;
    if (r.globCharacters > MAX_GLOB_CHARACTERS) return out;
    try {
      r.globCharacters += new Glob(g).size;
    } catch (e) {
      r.report(item, r.m.globInvalid, { setting: where, problem: globProblem(e, r.m) });
      continue;
    }
    if (r.globCharacters > MAX_GLOB_CHARACTERS) {
      r.report(item, r.m.globsTooMuch, { setting: where, limit: MAX_GLOB_CHARACTERS.toLocaleString("en") });
      return out;
    }
    out.push(g);
  }
  return out;
}
function readKinds(node, config2, r) {
  if (!(0, import_yaml3.isMap)(node)) return r.report(node, r.m.kindsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (key !== "decision" && key !== "spec" && key !== "persona") {
      r.report(keyNode, r.m.unknownKind, { kind: key });
      continue;
    }
    const kind = key;
    if (!(0, import_yaml3.isMap)(value)) {
      r.report(value ?? keyNode, r.m.kindNotAMap, { kind });
      continue;
    }
    for (const s of entries(value, r)) {
      if (s.key === "include") config2.kinds[kind].include = globs(s.value, `kinds.${kind}.include`, r);
      else if (s.key === "exclude") config2.kinds[kind].exclude = globs(s.value, `kinds.${kind}.exclude`, r);
      else if (s.key === "concepts") {
        const list2 = stringList(s.value, `kinds.${kind}.concepts`, r);
        if (!list2) continue;
        const known = list2.filter((c) => CONCEPTS.includes(c));
        for (const c of list2) {
          if (!known.includes(c)) r.report(s.value, r.m.unknownConceptIn, { concept: c, setting: `kinds.${kind}.concepts`, concepts: CONCEPTS.join(", ") });
        }
        if (known.length > 0 || list2.length === 0) config2.kinds[kind].concepts = known;
      } else r.report(s.keyNode, r.m.unknownKindSetting, { setting: `kinds.${kind}.${s.key}` });
    }
  }
}
function readRules(node, ruleIds, config2, r) {
  if (!(0, import_yaml3.isMap)(node)) return r.report(node, r.m.rulesNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!ruleIds.includes(key)) {
      r.report(keyNode, r.m.unknownRule, { rule: key });
      continue;
    }
    if (key === INVALID_CONFIG) {
      r.report(keyNode, r.m.ruleNotConfigurable, { rule: INVALID_CONFIG });
      continue;
    }
    const setting = (0, import_yaml3.isScalar)(value) ? value.value : void 0;
    const normalised = setting === false ? "off" : typeof setting === "string" ? setting.toLowerCase() : void 0;
    if (normalised && SEVERITY_SETTINGS.includes(normalised)) config2.rules[key] = normalised;
    else r.report(value ?? keyNode, r.m.badSeverity, { rule: key });
  }
}
function readHeadings(node, config2, r) {
  if (!(0, import_yaml3.isMap)(node)) return r.report(node, r.m.headingsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!CONCEPTS.includes(key)) {
      r.report(keyNode, r.m.unknownConcept, { concept: key, concepts: CONCEPTS.join(", ") });
      continue;
    }
    const list2 = stringList(value, `headings.${key}`, r);
    if (!list2) continue;
    if (list2.length > MAX_HEADINGS) r.report(value, r.m.headingsTooMany, { concept: key, limit: MAX_HEADINGS });
    config2.headings[key] = list2.slice(0, MAX_HEADINGS).filter((heading2, i) => {
      if (words(heading2).length <= MAX_HEADING_WORDS) return heading2.trim().length > 0;
      const item = (0, import_yaml3.isSeq)(value) ? value.items[i] : value;
      r.report(item, r.m.headingTooLong, { concept: key, heading: heading2.length > 60 ? `${heading2.slice(0, 60)}\u2026` : heading2, limit: MAX_HEADING_WORDS });
      return false;
    });
  }
}
function readWords(node, config2, r) {
  if (!(0, import_yaml3.isMap)(node)) return r.report(node, r.m.wordsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!SIGNALS.includes(key)) {
      r.report(keyNode, r.m.unknownSignal, { setting: key });
      continue;
    }
    const signal = key;
    const lists = [];
    if ((0, import_yaml3.isMap)(value)) {
      for (const lang of entries(value, r)) {
        if (LANGUAGES.includes(lang.key)) lists.push({ where: `words.${signal}.${lang.key}`, value: lang.value });
        else r.report(lang.keyNode, r.m.unknownLanguage, { setting: `words.${signal}.${lang.key}` });
      }
    } else lists.push({ where: `words.${signal}`, value });
    const all = [];
    for (const list2 of lists) {
      const items = stringList(list2.value, list2.where, r) ?? [];
      const room = MAX_WORDS - all.length;
      if (items.length > room) r.report(list2.value, r.m.wordsTooMany, { setting: `words.${signal}`, limit: MAX_WORDS });
      all.push(...items.slice(0, Math.max(0, room)).filter((w) => words(w).length > 0));
    }
    (config2.words ??= {})[signal] = all;
  }
}
function loadConfig(text2, ruleIds, locale) {
  const config2 = defaultConfig();
  const index = new LineIndex(text2);
  const messages = catalogFor(locale).messages;
  const r = new Reporter(index, messages.config);
  let doc;
  try {
    const parsed = parseYamlGuarded(text2, { prettyErrors: false, uniqueKeys: false });
    if ("refused" in parsed) {
      const problem = refusalText(parsed.refused, messages);
      r.report(null, r.m.yamlInvalid, { problem });
      return { config: config2, findings: r.findings };
    }
    doc = parsed;
  } catch (e) {
    r.report(null, r.m.yamlInvalid, { problem: e instanceof Error ? e.message.split("\n")[0] : String(e) });
    return { config: config2, findings: r.findings };
  }
  for (const e of doc.errors.slice(0, 100)) {
    const pos = index.positionAt(e.pos[0]);
    const message = format2(r.m.yamlInvalid, { problem: e.message.split("\n")[0] });
    r.findings.push({ rule: INVALID_CONFIG, severity: "error", message, range: index.lineRange(visibleLine(index, pos.line)) });
  }
  const root = doc.contents;
  if (root === null || (0, import_yaml3.isScalar)(root) && root.value === null) return { config: config2, findings: r.findings };
  if (!(0, import_yaml3.isMap)(root)) {
    r.report(root, r.m.notAMapping);
    return { config: config2, findings: r.findings };
  }
  for (const { key, keyNode, value } of entries(root, r)) {
    if (key === "kinds") readKinds(value, config2, r);
    else if (key === "rules") readRules(value, ruleIds, config2, r);
    else if (key === "headings") readHeadings(value, config2, r);
    else if (key === "words") readWords(value, config2, r);
    else if (key !== "$schema") r.report(keyNode, r.m.unknownSetting, { setting: key });
  }
  return { config: config2, findings: r.findings };
}

// server/src/engine/index.ts
var MAX_COMPILED = 32;
function createEngine() {
  const defaults = defaultConfig();
  const compiledByConfig = /* @__PURE__ */ new WeakMap();
  const compiledByText = /* @__PURE__ */ new Map();
  const compiled = (config2) => {
    let c = compiledByConfig.get(config2);
    if (!c) {
      const text2 = JSON.stringify(config2);
      c = compiledByText.get(text2);
      if (!c) {
        c = { matcher: new ConceptMatcher(void 0, config2.headings), globs: compileKindGlobs(config2), words: new SubstanceWords(config2) };
        if (compiledByText.size >= MAX_COMPILED) compiledByText.clear();
        compiledByText.set(text2, c);
      }
      compiledByConfig.set(config2, c);
    }
    return c;
  };
  return {
    analyze: (input2) => {
      const config2 = input2.config ?? defaults;
      return analyze({ ...input2, config: config2 }, compiled(config2));
    },
    hasKind: (input2) => hasKind(input2, compiled(input2.config ?? defaults).globs),
    kindFromPath: (path, config2 = defaults) => kindFromPath(path, compiled(config2).globs),
    isCardPath: (path, config2 = defaults) => isCardPath(path, compiled(config2).globs),
    matcherFor: (config2 = defaults) => compiled(config2).matcher,
    personaFacts: (input2) => personaFacts(input2, compiled(input2.config ?? defaults))
  };
}

// server/src/node/configFiles.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// server/src/node/errors.ts
function errorCode(e) {
  return e?.code ?? "error";
}

// server/src/node/safeRead.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var Root = class {
  /** `path` as the user gave it (absolute); `shown` names it in notes. */
  constructor(path, shown = path) {
    this.path = path;
    this.shown = shown;
  }
  path;
  shown;
  resolved;
  /** The folder's real path; throws what realpath throws. */
  real() {
    this.resolved ??= import_node_fs.realpathSync.native(this.path);
    return this.resolved;
  }
};
var OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
var NO_FOLLOW = import_node_fs.constants.O_NOFOLLOW ?? 0;
var CHUNK = 64 * 1024;
function isInside(path, folder) {
  return path === folder || path.startsWith(folder.endsWith(import_node_path.sep) ? folder : folder + import_node_path.sep);
}
function typeOf(st) {
  if (st.isDirectory()) return "folder";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "not a file";
}
function notRegular(st) {
  return st.isDirectory() ? { ok: false, refused: "folder", reason: "is a folder" } : { ok: false, refused: "type", reason: `not a regular file (${typeOf(st)})` };
}
function failed(e) {
  const code2 = errorCode(e);
  return { ok: false, refused: "error", reason: `cannot read (${code2})`, code: code2 };
}
function resolveWithin(path, within) {
  let real;
  try {
    real = import_node_fs.realpathSync.native(path);
  } catch (e) {
    return failed(e);
  }
  for (const root of within) {
    try {
      if (isInside(real, root.real())) return { path: real };
    } catch {
    }
  }
  return { ok: false, refused: "outside", reason: `links outside ${within[0].shown}` };
}
function readRegularFile(path, options) {
  let target = path;
  let flags = OPEN_FLAGS;
  if (options.within && options.within.length > 0) {
    const resolved = resolveWithin(path, options.within);
    if (!("path" in resolved)) return resolved;
    target = resolved.path;
    flags |= NO_FOLLOW;
  }
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(target, flags);
  } catch (e) {
    if (errorCode(e) === "ENXIO" || errorCode(e) === "EOPNOTSUPP") {
      try {
        return notRegular((0, import_node_fs.statSync)(target));
      } catch {
      }
    }
    return failed(e);
  }
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) return notRegular(st);
    const head = Math.min(options.head ?? 0, options.limit);
    if (st.size > options.limit) {
      const bytes = Buffer.alloc(head);
      const n2 = head > 0 ? (0, import_node_fs.readSync)(fd, bytes, 0, head, 0) : 0;
      return { ok: true, bytes: bytes.subarray(0, n2), size: st.size, complete: false };
    }
    let buffer = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (; ; ) {
      if (n === buffer.length) {
        if (n > options.limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(options.limit + 1, Math.max(2 * buffer.length, CHUNK)));
        buffer.copy(bigger, 0, 0, n);
        buffer = bigger;
      }
      const got = (0, import_node_fs.readSync)(fd, buffer, n, buffer.length - n, n);
      if (got === 0) break;
      n += got;
    }
    if (n > options.limit) return { ok: true, bytes: Buffer.from(buffer.subarray(0, head)), size: Math.max(st.size, n), complete: false };
    return { ok: true, bytes: buffer.subarray(0, n), size: n, complete: true };
  } catch (e) {
    return failed(e);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// server/src/node/configFiles.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var DEFAULTS = { config: defaultConfig(), findings: [] };
function readConfigFile(path, within, locale) {
  const dir = (0, import_node_path2.dirname)(path);
  const m = catalogFor(locale).messages.config;
  const refused = (message) => ({ path, dir, config: defaultConfig(), findings: [invalid(message)] });
  const read = readRegularFile(path, { limit: MAX_CONFIG_BYTES, within });
  if (!read.ok) {
    if (read.refused === "folder") return refused(format2(m.fileIsFolder, { path }));
    if (read.refused === "type") return refused(format2(m.fileNotRegular, { type: read.reason.replace(/^.*\((.*)\)$/s, "$1") }));
    if (read.refused === "outside") return refused(format2(m.fileLinksOutside, { folder: within?.[0]?.shown ?? "" }));
    return refused(format2(m.fileUnreadable, { code: read.code ?? "error" }));
  }
  if (!read.complete) return refused(m.fileTooLarge);
  const loaded = loadConfig(read.bytes.toString("utf8"), RULE_IDS, locale);
  return { path, dir, config: loaded.config, findings: loaded.findings };
}
function invalid(message) {
  return { rule: INVALID_CONFIG, severity: "error", message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
var ABSENT = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR"]);
var ConfigFinder = class {
  constructor(override, roots = []) {
    this.override = override;
    this.roots = [...roots].sort((a, b) => a.path.length - b.path.length);
  }
  override;
  byDir = /* @__PURE__ */ new Map();
  loaded = /* @__PURE__ */ new Map();
  roots;
  problems = /* @__PURE__ */ new Set();
  forFile(file) {
    if (this.override) return this.load(this.override);
    return this.forDir((0, import_node_path2.dirname)(file));
  }
  load(path, within) {
    let c = this.loaded.get(path);
    if (!c) {
      c = readConfigFile(path, within);
      this.loaded.set(path, c);
    }
    return c;
  }
  /** The config file in `dir` itself, if there is one. */
  lookIn(dir) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = (0, import_node_path2.join)(dir, name);
      try {
        if (!(0, import_node_fs2.lstatSync)(candidate, { throwIfNoEntry: false })) continue;
      } catch (e) {
        const code2 = errorCode(e);
        if (!ABSENT.has(code2)) this.problems.add(`cannot look for a config file in ${dir} (${code2}); looked further up`);
        continue;
      }
      const root = this.roots.find((r) => isInside(dir, r.path));
      return this.load(candidate, root ? [root, new Root(dir)] : [new Root(dir)]);
    }
    return void 0;
  }
  forDir(start) {
    const passed = [];
    let found;
    for (let dir = start; !found; ) {
      found = this.byDir.get(dir);
      if (found) break;
      passed.push(dir);
      found = this.lookIn(dir);
      const parent = (0, import_node_path2.dirname)(dir);
      if (!found && parent === dir) found = DEFAULTS;
      dir = parent;
    }
    for (const dir of passed) this.byDir.set(dir, found);
    return found;
  }
  /** Every config file met so far, for reporting their findings once each. */
  all() {
    return [...this.loaded.values()];
  }
  /** One-line notes: folders the lookup could not look in (a path too long, a link loop above the file). */
  notes() {
    return [...this.problems];
  }
  clear() {
    this.byDir.clear();
    this.loaded.clear();
    this.problems.clear();
  }
};

// server/src/errors.ts
function describeError(e) {
  return e instanceof Error ? e.message : String(e);
}

// server/src/node/readDocument.ts
var import_node_buffer = require("node:buffer");
var lenient = new TextDecoder("utf-8");
var BINARY_SNIFF = 8e3;
function looksBinary(bytes) {
  return bytes.subarray(0, BINARY_SNIFF).includes(0);
}
function readDocument(path, root) {
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, head: BINARY_SNIFF, within: root ? [root] : void 0 });
  if (!read.ok) return { ok: false, reason: `${read.reason}, not checked` };
  return decodeDocument(read.bytes, read.size, read.complete);
}
function decodeDocument(bytes, size, complete) {
  if (looksBinary(bytes)) return { ok: false, reason: "binary file, not checked" };
  if (!complete) return { ok: true, text: "", byteLength: size };
  if (!(0, import_node_buffer.isUtf8)(bytes)) return { ok: true, text: lenient.decode(bytes), byteLength: size, note: "not valid UTF-8; checked with replacement characters" };
  let text2 = bytes.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  return { ok: true, text: text2, byteLength: size };
}

// server/src/cli/files.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");

// server/src/cli/ignore.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var import_ignore = __toESM(require_ignore());
var IGNORE_FILE_NAMES = [".gitignore", ".customer-lensignore"];
var MAX_IGNORE_BYTES = 1024 * 1024;
var QUIET = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG"]);
function ignoreTop(folder) {
  for (let dir = folder; ; dir = (0, import_node_path3.dirname)(dir)) {
    if ((0, import_node_fs3.existsSync)((0, import_node_path3.join)(dir, ".git"))) return dir;
    if ((0, import_node_path3.dirname)(dir) === dir) return folder;
  }
}
var slashes = (p) => p.split(import_node_path3.sep).join("/");
var IgnoreRules = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /** One-line notes: ignore files that could not be read. */
  notes = [];
  rules = /* @__PURE__ */ new Map();
  /** Per folder (and top): whether it is skipped, and the ignore files that apply inside it, from the top down. */
  folders = /* @__PURE__ */ new Map();
  /** Whether a walk skips `path` (a folder or a file whose folder it did not skip), counting from `top`. */
  skips(path, isFolder, top) {
    if (path === top) return false;
    return isFolder ? this.folder(path, top).skipped : this.decide(path, false, top);
  }
  /** Whether a path reached without a walk (named, or listed by git) lies in a skipped folder or is skipped itself. */
  excludes(path, isFolder, top) {
    if (path === top || !isInside(path, top)) return false;
    return this.insideSkipped((0, import_node_path3.dirname)(path), top) || this.skips(path, isFolder, top);
  }
  insideSkipped(dir, top) {
    if (dir === top || !isInside(dir, top)) return false;
    return this.folder(dir, top).skipped || this.insideSkipped((0, import_node_path3.dirname)(dir), top);
  }
  /** A folder's verdict and the ignore files that apply inside it, each folder worked out once. */
  folder(dir, top) {
    const key = `${top}\0${dir}`;
    let f = this.folders.get(key);
    if (f === void 0) {
      const parent = dir === top || (0, import_node_path3.dirname)(dir) === dir ? [] : this.folder((0, import_node_path3.dirname)(dir), top).applying;
      const skipped = dir === top ? false : this.verdict(dir, true, parent);
      const own = this.rulesIn(dir, top);
      f = { skipped, applying: own ? [...parent, [dir, own]] : parent };
      this.folders.set(key, f);
    }
    return f;
  }
  /** The last word of the ignore files from `top` down to the folder holding `path`. */
  decide(path, isFolder, top) {
    return this.verdict(path, isFolder, this.folder((0, import_node_path3.dirname)(path), top).applying);
  }
  verdict(path, isFolder, applying) {
    let skipped = false;
    for (const [dir, rules] of applying) {
      const verdict = rules.test(slashes((0, import_node_path3.relative)(dir, path)) + (isFolder ? "/" : ""));
      if (verdict.ignored) skipped = true;
      else if (verdict.unignored) skipped = false;
    }
    return skipped;
  }
  rulesIn(dir, top) {
    let rules = this.rules.get(dir);
    if (rules !== void 0) return rules;
    rules = null;
    for (const name of IGNORE_FILE_NAMES) {
      const file = (0, import_node_path3.join)(dir, name);
      const read = readRegularFile(file, { limit: MAX_IGNORE_BYTES, within: [new Root(top)] });
      if (!read.ok) {
        if (!QUIET.has(read.code ?? "")) this.notes.push(`${this.shown(file)}: ${read.reason}; its patterns do not apply`);
        continue;
      }
      if (!read.complete) {
        this.notes.push(`${this.shown(file)}: larger than ${MAX_IGNORE_BYTES / 1024 / 1024} MiB, not read; its patterns do not apply`);
        continue;
      }
      rules ??= (0, import_ignore.default)();
      rules.add(read.bytes.toString("utf8"));
    }
    this.rules.set(dir, rules);
    return rules;
  }
  shown(path) {
    return slashes((0, import_node_path3.relative)(this.cwd, path)) || path;
  }
};

// server/src/cli/files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var CHECKED_EXTENSIONS = /\.(?:md|markdown|ya?ml)$/i;
function rootAt(abs, cwd) {
  return new Root(abs, (0, import_node_path4.relative)(cwd, abs).split(import_node_path4.sep).join("/") || ".");
}
function add2(out, path, root) {
  const had = out.get(path);
  if (!out.has(path) || had && (!root || root.path.length < had.path.length)) out.set(path, root);
}
function statOf(path) {
  try {
    return { st: (0, import_node_fs4.statSync)(path, { throwIfNoEntry: false }) };
  } catch (e) {
    return { code: errorCode(e) };
  }
}
function walk(root, out, problems, rules, accept) {
  const walked = { taken: 0, skipped: 0 };
  let realRoot;
  try {
    realRoot = root.real();
  } catch {
    problems.push(`cannot read folder ${root.path}`);
    return walked;
  }
  const top = ignoreTop(root.path);
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ dir: root.path, real: realRoot }];
  while (stack.length > 0) {
    const { dir, real: known } = stack.pop();
    let real;
    try {
      real = known ?? import_node_fs4.realpathSync.native(dir);
    } catch {
      problems.push(`cannot read folder ${dir}`);
      continue;
    }
    if (seen.has(real) || !isInside(real, realRoot)) continue;
    seen.add(real);
    let entries2;
    try {
      entries2 = (0, import_node_fs4.readdirSync)(dir, { withFileTypes: true });
    } catch {
      problems.push(`cannot read folder ${dir}`);
      continue;
    }
    entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries2.reverse()) {
      const path = (0, import_node_path4.join)(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (rules.skips(path, true, top)) walked.skipped++;
        else stack.push({ dir: path, real: (0, import_node_path4.join)(real, e.name) });
        continue;
      }
      let isLinkToFolder = false;
      if (e.isSymbolicLink()) {
        const { st, code: code2 } = statOf(path);
        if (!st && (code2 === void 0 || code2 === "ENOENT")) continue;
        isLinkToFolder = st?.isDirectory() === true;
      }
      if (isLinkToFolder) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (rules.skips(path, true, top)) walked.skipped++;
        else stack.push({ dir: path });
      } else if (CHECKED_EXTENSIONS.test(e.name) && accept(path)) {
        if (rules.skips(path, false, top)) walked.skipped++;
        else {
          add2(out, path, root);
          walked.taken++;
        }
      }
    }
  }
  return walked;
}
function hasGlobSyntax(p) {
  return /[*?[\]{}]/.test(p);
}
function globBase(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const part of parts) {
    if (hasGlobSyntax(part)) break;
    fixed.push(part);
  }
  return fixed.length === 0 ? "." : fixed.join("/") || "/";
}
function collectFiles(args, cwd, rules) {
  const out = /* @__PURE__ */ new Map();
  const roots = [];
  const problems = [];
  let missing = false;
  for (const arg of args.length > 0 ? args : ["."]) {
    const abs = (0, import_node_path4.resolve)(cwd, arg);
    const { st, code: code2 } = statOf(abs);
    if (st?.isDirectory()) {
      const root = rootAt(abs, cwd);
      if (rules.excludes(abs, true, ignoreTop(abs))) {
        problems.push(`${root.shown} is excluded by .gitignore or .customer-lensignore: name its files to check them`);
        continue;
      }
      roots.push(root);
      walk(root, out, problems, rules, () => true);
    } else if (st || code2 !== void 0 && code2 !== "ENOENT" && code2 !== "ENOTDIR") {
      add2(out, abs, void 0);
    } else if (hasGlobSyntax(arg)) {
      const base = (0, import_node_path4.resolve)(cwd, globBase(arg.replace(/\\/g, "/")));
      let glob;
      try {
        glob = new Glob((0, import_node_path4.relative)(cwd, (0, import_node_path4.resolve)(cwd, arg)).split(import_node_path4.sep).join("/"));
      } catch (e) {
        problems.push(`invalid glob ${arg}: ${describeError(e)}`);
        missing = true;
        continue;
      }
      let walked = { taken: 0, skipped: 0 };
      if (statOf(base).st?.isDirectory()) {
        const root = rootAt(base, cwd);
        roots.push(root);
        walked = walk(root, out, problems, rules, (p) => glob.matches((0, import_node_path4.relative)(cwd, p).split(import_node_path4.sep).join("/")));
      }
      if (walked.taken === 0) {
        problems.push(`no files match ${arg}${walked.skipped > 0 ? " outside what .gitignore and .customer-lensignore exclude" : ""}`);
        missing = true;
      }
    } else {
      problems.push(`no such file or folder: ${arg}`);
      missing = true;
    }
  }
  return { files: [...out].map(([path, root]) => ({ path, root })), roots, problems, missing };
}

// server/src/report/cells.ts
var SUBSTANCE_RULES = new Set(SUBSTANCE.map((s) => s.rule));

// server/src/report/fromAnalysis.ts
function dateOf(value) {
  const text2 = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : typeof value === "string" ? value.trim() : "";
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text2);
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : void 0;
}
function recordFacts(analysis) {
  return {
    title: analysis.document.title?.text,
    date: dateOf(analysis.document.frontMatter?.data.date),
    suppressed: analysis.suppressed.map(({ finding, reason }) => ({ rule: finding.rule, concept: finding.concept, reason }))
  };
}

// server/src/cli/fix.ts
var import_node_buffer2 = require("node:buffer");
var import_node_fs5 = require("node:fs");

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var FullTextDocument = class _FullTextDocument {
  constructor(uri, languageId, version2, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version2;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range) {
    if (range) {
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(changes, version2) {
    for (const change of changes) {
      if (_FullTextDocument.isIncremental(change)) {
        const range = getWellformedRange(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
        const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
        if (crlfAtStart || crlfAtEnd) {
          this._lineOffsets = void 0;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this._lineOffsets;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
          }
        } else {
          if (addedLineOffsets.length < 1e4) {
            lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
          } else {
            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
          }
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
            lineOffsets[i] = lineOffsets[i] + diff;
          }
        }
      } else if (_FullTextDocument.isFull(change)) {
        this._content = change.text;
        this._lineOffsets = void 0;
      } else {
        throw new Error("Unknown change event received");
      }
    }
    this._version = version2;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      this._lineOffsets = computeLineOffsets(this._content, true);
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }
  getLineRange(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
    } else if (line < 0) {
      return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }
  getEOLCharacters(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      return "";
    } else if (line < 0) {
      return "";
    }
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
    return this._content.substring(eolOffset, nextLineOffset);
  }
  ensureBeforeEOL(offset, lineOffset) {
    while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
  static isIncremental(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
  }
  static isFull(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
  }
};
var TextDocument;
(function(TextDocument2) {
  function create(uri, languageId, version2, content) {
    return new FullTextDocument(uri, languageId, version2, content);
  }
  TextDocument2.create = create;
  function update(document, changes, version2) {
    if (document instanceof FullTextDocument) {
      document.update(changes, version2);
      return document;
    } else {
      throw new Error("TextDocument.update: document must be created by TextDocument.create");
    }
  }
  TextDocument2.update = update;
  function applyEdits(document, edits) {
    const text2 = document.getText();
    const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = 0;
    const spans = [];
    for (const e of sortedEdits) {
      const startOffset = document.offsetAt(e.range.start);
      if (startOffset < lastModifiedOffset) {
        throw new Error("Overlapping edit");
      } else if (startOffset > lastModifiedOffset) {
        spans.push(text2.substring(lastModifiedOffset, startOffset));
      }
      if (e.newText.length) {
        spans.push(e.newText);
      }
      lastModifiedOffset = document.offsetAt(e.range.end);
    }
    spans.push(text2.substr(lastModifiedOffset));
    return spans.join("");
  }
  TextDocument2.applyEdits = applyEdits;
})(TextDocument || (TextDocument = {}));
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text2, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text2.length && text2.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}

// server/src/lsp/sections.ts
var DECISION_WORDS = /* @__PURE__ */ new Set([
  "decision",
  "outcome",
  "solution",
  "proposal",
  "proposed",
  "design",
  "implementation",
  "options",
  "decisione",
  "soluzione",
  "proposta",
  "esito",
  "decision",
  "solucion",
  "propuesta",
  "resultado",
  "decyzja",
  "rozwiazanie",
  "entscheidung",
  "losung",
  "losungsvorschlag",
  "vorschlag",
  "solution",
  "decisao",
  "solucao",
  "opcoes",
  "opzioni",
  "opciones",
  "opcje",
  "optionen"
]);
var CONTEXT_WORDS = /* @__PURE__ */ new Set(["context", "problem", "background", "summary", "contesto", "contexto", "kontekst", "kontext", "contexte", "sintesi", "resumen", "podsumowanie", "zusammenfassung", "resume", "resumo", "motivation"]);
function hasAny(label, set2) {
  return words(label).some((w) => set2.has(w));
}
function insertionPoint(analysis, index) {
  const headings = analysis.document.sections.filter((s) => s.source === "heading" && s.level > 1);
  const level = headings.length > 0 ? headings.reduce((min, h) => Math.min(min, h.level), 6) : 2;
  const peers = headings.filter((h) => h.level === level);
  const decision = peers.find((h) => h.concepts.length === 0 && hasAny(h.label, DECISION_WORDS));
  if (decision) return { line: decision.labelRange.start.line, level };
  const context = [...peers].reverse().find((h) => h.concepts.length === 0 && hasAny(h.label, CONTEXT_WORDS));
  if (context) return { line: context.bodyEnd, level };
  return { line: index.lineCount, level };
}
function sectionsText(analysis, concepts, level) {
  const catalog = catalogFor(languageOf(analysis.document));
  if (analysis.document.format === "yaml") {
    return concepts.map((c) => `${c.replace(/-/g, "_")}: >-
  ${catalog.concepts[c].prompt}
`).join("");
  }
  return concepts.map((c) => `${"#".repeat(level)} ${catalog.concepts[c].heading}

${catalog.concepts[c].prompt}

`).join("");
}
function addSectionsEdit(analysis, concepts) {
  const text2 = analysis.document.text;
  const index = new LineIndex(text2);
  if (analysis.document.format === "yaml") {
    const end = index.positionAt(text2.length);
    const lead = text2.length > 0 && !text2.endsWith("\n") ? "\n" : "";
    return { range: { start: end, end }, newText: lead + sectionsText(analysis, concepts, 0) };
  }
  const { line, level } = insertionPoint(analysis, index);
  const body = sectionsText(analysis, concepts, level);
  if (line >= index.lineCount) {
    const end = index.positionAt(text2.length);
    const lastLine = index.line(index.lineCount - (text2.endsWith("\n") ? 2 : 1));
    const lead = text2.length === 0 ? "" : text2.endsWith("\n") ? lastLine.trim() === "" ? "" : "\n" : "\n\n";
    return { range: { start: end, end }, newText: lead + body.replace(/\n\n$/, "\n") };
  }
  const at = { line, character: 0 };
  const prevBlank = line === 0 || index.line(line - 1).trim() === "";
  return { range: { start: at, end: at }, newText: (prevBlank ? "" : "\n") + body };
}
function missingConcepts(analysis) {
  return analysis.concepts.filter((c) => c.required && c.state === "missing").map((c) => c.concept);
}

// server/src/cli/fix.ts
var BOM = "\uFEFF";
function fixFile(path, root, text2, analysis) {
  const added = missingConcepts(analysis);
  if (added.length === 0) return void 0;
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, within: root ? [root] : void 0 });
  if (!read.ok || !read.complete || !(0, import_node_buffer2.isUtf8)(read.bytes)) return { note: "not fixed: not a complete UTF-8 text file" };
  const onDisk = read.bytes.toString("utf8");
  const bom = onDisk.startsWith(BOM);
  if ((bom ? onDisk.slice(1) : onDisk) !== text2) return { note: "not fixed: the file changed while it was checked" };
  const edit = addSectionsEdit(analysis, added);
  if (text2.includes("\r\n")) edit.newText = edit.newText.replace(/\n/g, "\r\n");
  const fixed = TextDocument.applyEdits(TextDocument.create("file:///fix", "markdown", 0, text2), [edit]);
  const problem = writeRegularFile(path, root, Buffer.from(bom ? BOM + fixed : fixed, "utf8"));
  return problem ? { note: `not fixed: ${problem}` } : { text: fixed, added };
}
var WRITE_FLAGS = import_node_fs5.constants.O_WRONLY | import_node_fs5.constants.O_TRUNC | (import_node_fs5.constants.O_NONBLOCK ?? 0) | (import_node_fs5.constants.O_NOCTTY ?? 0);
function writeRegularFile(path, root, bytes) {
  let fd;
  try {
    let target = path;
    let flags = WRITE_FLAGS;
    if (root) {
      target = import_node_fs5.realpathSync.native(path);
      if (!isInside(target, root.real())) return `links outside ${root.shown}`;
      flags |= import_node_fs5.constants.O_NOFOLLOW ?? 0;
    }
    fd = (0, import_node_fs5.openSync)(target, flags);
  } catch (e) {
    return `cannot write (${errorCode(e)})`;
  }
  try {
    if (!(0, import_node_fs5.fstatSync)(fd).isFile()) return "not a regular file";
    for (let at = 0; at < bytes.length; ) at += (0, import_node_fs5.writeSync)(fd, bytes, at, bytes.length - at);
    return void 0;
  } catch (e) {
    return `cannot write (${errorCode(e)})`;
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}

// server/src/cli/personas.ts
var import_node_path5 = require("node:path");
var CliPersonaIndex = class {
  byPath = /* @__PURE__ */ new Map();
  ids;
  /** Whether every record was read: only then does the index know who uses a card. */
  complete = false;
  add(abs, facts) {
    if (!facts.kind) return;
    this.byPath.set(abs, { kind: facts.kind, card: facts.card, references: facts.references, links: facts.links });
    this.ids = void 0;
  }
  get cardCount() {
    let n = 0;
    for (const f of this.byPath.values()) if (f.card) n++;
    return n;
  }
  /** The decisions and specs that reference `id`, each counted once. */
  usedBy(id) {
    let n = 0;
    for (const [abs, f] of this.byPath) {
      if (f.kind === "persona") continue;
      if (f.references.some((r) => r.id === id) || f.links.some((l) => this.cardAt(abs, l.target)?.id === id)) n++;
    }
    return n;
  }
  cardAt(abs, target) {
    const card = this.byPath.get((0, import_node_path5.resolve)((0, import_node_path5.dirname)(abs), target))?.card;
    return card ? { id: card.id, name: card.name } : void 0;
  }
  /** What the check of the file at `abs` is told: the cards, where its links point, who uses each card. */
  directoryFor(abs) {
    this.ids ??= [...this.byPath.values()].flatMap((f) => f.card ? [{ id: f.card.id, name: f.card.name }] : []);
    const cards = this.ids;
    return {
      cards,
      // Without cards no link can point at one, and the document's links need not be read.
      cardAt: cards.length > 0 ? (target) => this.cardAt(abs, target) : void 0,
      usedBy: (id) => this.complete ? this.usedBy(id) : void 0
    };
  }
};

// server/src/cli/check.ts
function displayPath(abs, cwd) {
  const rel = (0, import_node_path6.relative)(cwd, abs);
  return (rel.length > 0 ? rel : abs).split(import_node_path6.sep).join("/");
}
var STDIN_PATH = "<stdin>";
function globPathOf(abs, path, configDir, base) {
  if (configDir) return below(configDir, abs);
  const fromBase = below(base, abs);
  return fromBase.startsWith("..") ? path : fromBase;
}
function below(dir, path) {
  const rel = path !== dir && isInside(path, dir) ? path.slice(dir.endsWith(import_node_path6.sep) ? dir.length : dir.length + 1) : (0, import_node_path6.relative)(dir, path);
  return import_node_path6.sep === "/" ? rel : rel.split(import_node_path6.sep).join("/");
}
function checkFile(source, finder, engine, base, fix, personas) {
  const { abs, path } = source;
  const read = source.read();
  if (!read.ok) return { notes: [`${path}: ${read.reason}`] };
  const cfg = finder.forFile(abs);
  const notes = read.note ? [`${path}: ${read.note}`] : [];
  const globPath = globPathOf(abs, path, cfg.dir, base);
  let analysis;
  try {
    const input2 = { path: globPath, text: read.text, config: cfg.config, byteLength: read.byteLength, personaDirectory: personas.directoryFor(abs) };
    if (!engine.hasKind(input2)) {
      if (source.stdin) notes.push(`${path}: neither a decision record nor a spec by its path or front matter \`kind:\`, not checked`);
      return { notes };
    }
    analysis = engine.analyze(input2);
    if (fix && !source.stdin && analysis.kind && !read.note) {
      const fixed = fixFile(abs, source.root, read.text, analysis);
      if (fixed && "note" in fixed) notes.push(`${path}: ${fixed.note}`);
      else if (fixed) {
        notes.push(`${path}: added ${fixed.added.join(", ")}`);
        analysis = engine.analyze({ ...input2, text: fixed.text, byteLength: Buffer.byteLength(fixed.text) });
      }
    }
  } catch (e) {
    notes.push(`${path}: internal error: ${describeError(e)}`);
    return { notes };
  }
  if (analysis.persona) return { result: { path, absPath: abs, kind: "persona", status: null, findings: analysis.findings, personas: [] }, notes };
  if (!analysis.kind) return { notes };
  const checklist = checklistEntries(analysis);
  const { title, date, suppressed } = recordFacts(analysis);
  const extra = { ...title ? { title } : {}, ...date ? { date } : {}, ...suppressed.length > 0 ? { suppressed } : {} };
  const ids = [...new Set(analysis.references.map((r) => r.id))];
  return { result: { path, absPath: abs, kind: analysis.kind, status: analysis.status, findings: analysis.findings, checklist, personas: ids, ...extra }, notes };
}
function checklistEntries(analysis) {
  return analysis.concepts.map((c) => ({
    concept: c.concept,
    state: c.state,
    required: c.required,
    ...c.section ? { label: c.section.label, line: c.section.labelRange.start.line + 1 } : {}
  }));
}
function indexPersonas(sources, checked, finder, engine, base) {
  const index = new CliPersonaIndex();
  const read = (source) => {
    const text2 = source.read();
    if (!text2.ok) return;
    const cfg = finder.forFile(source.abs);
    index.add(source.abs, engine.personaFacts({ path: globPathOf(source.abs, source.path, cfg.dir, base), text: text2.text, config: cfg.config, byteLength: text2.byteLength }));
  };
  const isCard = (source) => {
    const cfg = finder.forFile(source.abs);
    return engine.isCardPath(globPathOf(source.abs, source.path, cfg.dir, base), cfg.config);
  };
  const cards = sources.filter(isCard);
  cards.forEach(read);
  if (index.cardCount === 0 || !checked.some(isCard)) return index;
  for (const source of sources) if (!cards.includes(source)) read(source);
  index.complete = true;
  return index;
}
function given(files, root, cwd, rules) {
  const within = root ? rootAt(root, cwd) : void 0;
  const top = ignoreTop(root ?? cwd);
  const candidates = files.filter((path) => !rules.excludes(path, false, top)).map((path) => ({ path, root: within }));
  return { files: candidates, roots: within ? [within] : [], problems: [], missing: false };
}
function fromStdin(stdin, cwd) {
  const abs = (0, import_node_path6.resolve)(cwd, stdin.filename ?? STDIN_PATH);
  const complete = stdin.bytes.length === stdin.size;
  const read = decodeDocument(stdin.bytes, stdin.size, complete);
  return { abs, path: stdin.filename ? displayPath(abs, cwd) : STDIN_PATH, read: () => read, stdin: true };
}
function checkPaths(paths2, options) {
  const { cwd } = options;
  const run = { files: [], notes: [], usageError: false, configError: false };
  const rules = new IgnoreRules(cwd);
  const nothing = { files: [], roots: [], problems: [], missing: false };
  const collected = options.files ? given(options.files, options.filesRoot, cwd, rules) : paths2.length === 0 && options.stdin ? nothing : collectFiles(paths2, cwd, rules);
  run.notes.push(...collected.problems, ...rules.notes);
  run.usageError = collected.missing;
  const override = options.config ? (0, import_node_path6.resolve)(cwd, options.config) : void 0;
  const isConfig = (c) => c.root !== void 0 && (CONFIG_FILE_NAMES.includes((0, import_node_path6.basename)(c.path)) || c.path === override);
  const stdin = options.stdin ? fromStdin(options.stdin, cwd) : void 0;
  const files = collected.files.filter((c) => !isConfig(c) && c.path !== stdin?.abs).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const finder = new ConfigFinder(options.config, collected.roots);
  const engine = options.engine ?? createEngine();
  const base = ignoreTop(cwd);
  const sourceOf = ({ path, root }) => ({ abs: path, path: displayPath(path, cwd), read: () => readDocument(path, root), root, stdin: false });
  const sources = files.map(sourceOf);
  if (stdin) sources.unshift(stdin);
  const repository = options.files && options.filesRoot ? collectFiles([options.filesRoot], cwd, new IgnoreRules(cwd)).files : void 0;
  const indexed = repository ? [...stdin ? [stdin] : [], ...repository.filter((c) => !isConfig(c)).map(sourceOf)] : sources;
  const personas = indexPersonas(indexed, sources, new ConfigFinder(options.config, collected.roots), engine, base);
  for (const source of sources) {
    const outcome = checkFile(source, finder, engine, base, options.fix === true, personas);
    run.notes.push(...outcome.notes);
    if (outcome.result) run.files.push(outcome.result);
  }
  run.notes.push(...finder.notes());
  for (const cfg of finder.all()) {
    if (cfg.findings.length === 0 || !cfg.path) continue;
    run.configError = true;
    const path = displayPath(cfg.path, cwd);
    const first = cfg.findings[0];
    const more = cfg.findings.length > 1 ? ` (and ${cfg.findings.length - 1} more)` : "";
    const defaults = first.message.endsWith("the defaults apply") ? "" : "; the defaults apply";
    run.notes.push(`invalid config ${path}:${first.range.start.line + 1}: ${first.message}${more}${defaults}`);
    run.files.push({ path, absPath: cfg.path, kind: "config", status: null, findings: cfg.findings });
  }
  return run;
}
function summarise(files) {
  const s = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.findings) {
      if (d.severity === "error") s.errors++;
      else if (d.severity === "warning") s.warnings++;
      else if (d.severity === "info") s.infos++;
      else s.hints++;
    }
  }
  return s;
}

// server/src/cli/coverage.ts
function coverage(files) {
  const count = requiredCount(files.flatMap((f) => f.checklist ?? []));
  return { ...count, percent: coveragePercent(count) };
}

// server/src/cli/checklistTable.ts
var SHORT = {
  "customer-segment": "Customers",
  "problem-solved": "Problem",
  "customer-impact": "Impact",
  "value-created": "Value",
  "customer-evidence": "Evidence",
  "success-metrics": "Metrics",
  "close-the-loop": "Follow-up"
};
var LEGEND = "\u2705 present \xB7 \u26A0\uFE0F empty or placeholder \xB7 \u274C missing \xB7 \u2796 not asked of this document";
function mark(c) {
  if (c.state === "present") return "\u2705";
  if (c.state === "hollow") return "\u26A0\uFE0F";
  return c.required ? "\u274C" : "\u2796";
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function checklistTable(files) {
  const docs = files.filter((f) => f.kind === "decision" || f.kind === "spec");
  const lines = [
    `| File | Kind | Status | ${CONCEPTS.map((c) => SHORT[c]).join(" | ")} | Findings |`,
    `|---|---|---|${CONCEPTS.map(() => ":-:").join("|")}|--:|`
  ];
  for (const f of docs) {
    const marks = CONCEPTS.map((c) => {
      const report = f.checklist?.find((r) => r.concept === c);
      return report ? mark(report) : " ";
    });
    lines.push(`| \`${cell(f.path)}\` | ${f.kind} | ${f.status} | ${marks.join(" | ")} | ${f.findings.length} |`);
  }
  return lines;
}

// server/src/cli/changes.ts
var WORD = { present: "present", hollow: "empty or placeholder", missing: "missing", "not-required": "not asked" };
function pct(count) {
  const p = coveragePercent(count);
  return p === void 0 ? "n/a" : `${p}%`;
}
function changeLine({ concept, was, now }) {
  const heading2 = catalogFor("en").concepts[concept].heading;
  if (was === void 0) return `${heading2}: ${WORD[now]}`;
  return was === now ? `${heading2}: still ${WORD[now]}` : `${heading2}: ${WORD[was]} \u2192 ${WORD[now]}`;
}
function changeSummary(files) {
  const changed = files.filter((f) => f.kind !== "config" && f.base !== void 0);
  if (changed.length === 0) return [];
  const before = { present: 0, required: 0 };
  const after = { present: 0, required: 0 };
  const out = ["### What this change does for the customer", ""];
  for (const f of changed) {
    const now = requiredCount(f.checklist ?? []);
    const was = f.base ? requiredCount(f.base.checklist) : { present: 0, required: 0 };
    after.present += now.present;
    after.required += now.required;
    before.present += was.present;
    before.required += was.required;
    out.push(`- \`${cell(f.path)}\`${f.base === null ? " **(new)**" : ""}`);
    const lines = conceptChanges(f.base?.checklist, f.checklist ?? []).map(changeLine);
    for (const line of lines.length > 0 ? lines : ["every customer concept still present"]) out.push(`  - ${line}`);
  }
  out.push(
    "",
    `Coverage of the changed records: ${pct(before)} \u2192 ${pct(after)} (${before.present}/${before.required} \u2192 ${after.present}/${after.required} required concepts present; a new record counts from nothing).`,
    ""
  );
  return out;
}

// server/src/cli/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice", hint: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(files) {
  const lines = [];
  for (const f of files) {
    for (const d of f.findings) {
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`Customer Lens: ${d.rule}`)}`
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`);
    }
  }
  return lines.join("\n");
}
function githubStepSummary(files) {
  const s = summarise(files);
  return [
    "## Customer Lens",
    "",
    `${s.files} file${s.files === 1 ? "" : "s"} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info, ${s.hints} hints.`,
    "",
    ...files.length > 0 ? [...checklistTable(files), "", LEGEND] : ["No decision records or specs to check."],
    "",
    ...changeSummary(files)
  ].join("\n");
}

// server/src/cli/markdown.ts
var MAX_LISTED_FINDINGS = 50;
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}", hint: "\u26AA" };
function personasAffected(files) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of files) for (const id of f.personas ?? []) byId.set(id, [...byId.get(id) ?? [], f.path]);
  if (byId.size === 0) return [];
  const out = ["**Personas affected**", ""];
  for (const [id, paths2] of [...byId].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) out.push(`- \`${cell(id)}\`: ${paths2.map((p) => `\`${cell(p)}\``).join(", ")}`);
  return [...out, ""];
}
function formatMarkdown(files, maxListed = MAX_LISTED_FINDINGS) {
  const s = summarise(files);
  const out = ["## Customer Lens", ""];
  if (files.length === 0) {
    out.push("No decision records or specs to check.");
    return out.join("\n");
  }
  out.push(
    `Checked ${s.files} file${s.files === 1 ? "" : "s"}: ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.infos} info, ${s.hints} hint${s.hints === 1 ? "" : "s"}.`,
    "",
    ...checklistTable(files),
    "",
    LEGEND,
    "",
    ...changeSummary(files),
    ...personasAffected(files)
  );
  let listed = 0;
  let rest = 0;
  for (const f of files) {
    if (f.findings.length === 0) continue;
    const room = Math.max(0, maxListed - listed);
    const shown = f.findings.slice(0, room);
    rest += f.findings.length - shown.length;
    if (shown.length === 0) continue;
    out.push(`### \`${cell(f.path)}\``, "");
    for (const d of shown) out.push(`- ${ICON[d.severity]} **${d.severity}** line ${d.range.start.line + 1}: ${cell(d.message)} (\`${d.rule}\`)`);
    out.push("");
    listed += shown.length;
  }
  if (rest > 0) out.push(`\u2026and ${rest} more finding${rest === 1 ? "" : "s"} not listed here; run \`customer-lens check\` to see them all.`, "");
  return out.join("\n").trimEnd();
}

// server/src/cli/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note", hint: "note" };
function formatSarif(files, version2) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = files.flatMap(
    (f) => f.findings.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule) ?? 0,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1
            }
          }
        }
      ]
    }))
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "customer-lens",
            version: version2,
            informationUri: "https://github.com/customer-lens/customer-lens",
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: r.docs,
              help: { text: `${r.description} See ${r.docs}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity("decision", "proposed")] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The working directory the check ran in." } } },
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}

// server/src/cli/run.ts
var import_node_path9 = require("node:path");

// server/src/cli/base.ts
var import_node_path8 = require("node:path");

// server/src/cli/git.ts
var import_node_child_process = require("node:child_process");
var import_node_crypto = require("node:crypto");
var import_node_fs6 = require("node:fs");
var import_node_path7 = require("node:path");
var GitError = class extends Error {
};
var SAFE_CONFIG = [
  // A bare repository is used only when named (--git-dir, GIT_DIR), never found by discovery (git 2.38+).
  ["safe.bareRepository", "explicit"],
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.attributesFile", "/dev/null"],
  ["diff.external", ""],
  ["protocol.allow", "never"]
];
var SAFE_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  // No opportunistic index refresh: nothing written, so no hook on writing it either.
  GIT_OPTIONAL_LOCKS: "0",
  GIT_ATTR_NOSYSTEM: "1",
  GIT_PAGER: "cat"
};
function gitEnv() {
  const env = { ...process.env, ...SAFE_ENV };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}
function configArgs(config2) {
  return config2.flatMap(([key, value]) => ["-c", `${key}=${value}`]);
}
function spawnGit(args, cwd, extra = []) {
  const r = spawnBytes(args, cwd, extra);
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr };
}
function spawnBytes(args, cwd, extra, input2) {
  const r = (0, import_node_child_process.spawnSync)("git", ["--no-pager", ...configArgs(SAFE_CONFIG), ...configArgs(extra), ...args], {
    cwd,
    input: input2,
    maxBuffer: 1024 * 1024 * 1024,
    env: gitEnv()
  });
  if (r.error) throw new GitError(`git could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}
function firstLine(r, what) {
  return (r.stderr || `git ${what} failed`).trim().split("\n")[0];
}
function topLevelFor(cwd, what) {
  const where = spawnGit(["rev-parse", "--is-bare-repository", "--absolute-git-dir", "--show-toplevel"], cwd);
  const [bare, gitDir, dir] = where.stdout.trim().split("\n");
  if (bare === "true") throw new GitError(`${what}: ${gitDir} is a bare repository; not used`);
  if (where.status !== 0) {
    if (/bare repository/.test(where.stderr)) throw new GitError(`${what}: ${cwd} is inside a bare repository (a folder git would take for a repository); not used`);
    if (/not a git repository/i.test(where.stderr)) throw new GitError(`${what} needs a git repository, and ${cwd} is not inside one`);
    throw new GitError(`${what}: ${firstLine(where, "rev-parse")}`);
  }
  if (!process.env.GIT_DIR && !isOwnGitDir(dir, gitDir)) {
    throw new GitError(`${what}: git found the repository ${gitDir}, which is not ${(0, import_node_path7.join)(dir, ".git")} (a repository inside the working tree?); not used`);
  }
  return dir;
}
function isOwnGitDir(top, gitDir) {
  const dotGit = (0, import_node_path7.join)(top, ".git");
  try {
    const real = import_node_fs6.realpathSync.native(gitDir);
    const st = (0, import_node_fs6.lstatSync)(dotGit);
    if (st.isDirectory()) return import_node_fs6.realpathSync.native(dotGit) === real;
    if (!st.isFile()) return false;
    const read = readRegularFile(dotGit, { limit: 64 * 1024 });
    if (!read.ok || !read.complete) return false;
    const pointer = /^gitdir: (.+)$/m.exec(read.bytes.toString("utf8"));
    return pointer !== null && import_node_fs6.realpathSync.native((0, import_node_path7.resolve)(top, pointer[1].trim())) === real;
  } catch {
    return false;
  }
}
function filtersOff(top, what) {
  const drivers = /* @__PURE__ */ new Set();
  for (const [key] of configEntries(top, [], what)) {
    const driver = /^filter\.(.+)\.[^.]+$/s.exec(key)?.[1];
    if (driver !== void 0) drivers.add(driver);
  }
  const off = [];
  if (drivers.size === 0) return off;
  for (const d of drivers) off.push([`filter.${d}.clean`, ""], [`filter.${d}.process`, ""], [`filter.${d}.smudge`, ""], [`filter.${d}.required`, "false"]);
  const last = new Map(configEntries(top, off, what));
  for (const [key, value] of last) {
    if (/\.(?:clean|process|smudge)$/.test(key) && value !== "") {
      throw new GitError(`${what}: cannot turn off the filter ${key} of the repository's config; not used`);
    }
  }
  return off;
}
function configEntries(top, extra, what) {
  const r = spawnGit(["config", "-z", "--get-regexp", "^filter\\."], top, extra);
  if (r.status === 1) return [];
  if (r.status !== 0) throw new GitError(`${what}: ${firstLine(r, "config")}`);
  return r.stdout.split("\0").filter((e) => e.length > 0).map((e) => {
    const nl = e.indexOf("\n");
    return nl < 0 ? [e, "true"] : [e.slice(0, nl), e.slice(nl + 1)];
  });
}
function openRepository(cwd, what) {
  const top = topLevelFor(cwd, what);
  const off = filtersOff(top, what);
  return {
    top,
    run(args, input2) {
      const r = spawnBytes(args, top, off, input2);
      if (r.status !== 0) throw new GitError(`${what}: ${(r.stderr || `git ${args[0]} failed`).trim().split("\n")[0]}`);
      return r.stdout;
    }
  };
}
var paths = (out) => out.split("\0").filter((f) => f.length > 0);
function changedSince(ref, cwd) {
  if (ref.startsWith("-")) throw new GitError(`"${ref}" is not a git ref`);
  const repo = openRepository(cwd, "--since");
  const { top } = repo;
  const git = (args) => {
    try {
      return repo.run(args).toString("utf8");
    } catch (e) {
      throw new GitError(e instanceof GitError ? e.message.replace(/^--since: /, "") : String(e));
    }
  };
  let base = "";
  try {
    base = git(["merge-base", ref, "HEAD"]).trim();
  } catch {
    base = "";
  }
  if (base.length === 0) {
    try {
      git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
      throw new GitError(`unknown git ref "${ref}"`);
    }
    base = ref;
  }
  const diff = rawDiff(git(["diff-index", "--raw", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "--diff-filter=ACMRT", base, "--"]));
  const statDirty = (d) => d.status === "M" && /^0+$/.test(d.now);
  const staged = diff.some(statDirty) ? indexEntries(git(["ls-files", "--stage", "-z"])) : /* @__PURE__ */ new Map();
  const changed = /* @__PURE__ */ new Set();
  for (const d of diff) {
    const entry = staged.get(d.path);
    const touched = statDirty(d) && entry !== void 0 && entry.oid === d.was && entry.mode === d.wasMode;
    if (!touched || !sameAsIndex((0, import_node_path7.resolve)(top, d.path), d.was, top)) changed.add(d.path);
  }
  for (const f of paths(git(["ls-files", "--others", "--exclude-standard", "-z"]))) changed.add(f);
  return { top, files: [...changed].map((f) => (0, import_node_path7.resolve)(top, f)), base, repo };
}
function rawDiff(out) {
  const fields = out.split("\0");
  const changes = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const m = /^:([0-7]{6}) [0-7]{6} ([0-9a-f]+) ([0-9a-f]+) ([A-Z])/.exec(fields[i]);
    if (m) changes.push({ wasMode: m[1], was: m[2], now: m[3], status: m[4], path: fields[i + 1] });
  }
  return changes;
}
function indexEntries(out) {
  const entries2 = /* @__PURE__ */ new Map();
  for (const line of paths(out)) {
    const m = /^(100644|100755) ([0-9a-f]+) 0\t(.*)$/s.exec(line);
    if (m) entries2.set(m[3], { mode: m[1], oid: m[2] });
  }
  return entries2;
}
function sameAsIndex(path, oid, top) {
  if (!oid) return false;
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, within: [new Root(top)] });
  if (!read.ok || !read.complete) return false;
  const hash = (0, import_node_crypto.createHash)(oid.length === 64 ? "sha256" : "sha1");
  hash.update(`blob ${read.bytes.length}\0`);
  hash.update(read.bytes);
  return hash.digest("hex") === oid;
}

// server/src/cli/gitObjects.ts
function readObjects(repo, names) {
  const asked = names.map((n) => !/[\r\n]/.test(n));
  const input2 = names.filter((_, i) => asked[i]).map((n) => `${n}
`).join("");
  const out = input2.length > 0 ? repo.run(["cat-file", "--batch"], input2) : Buffer.alloc(0);
  const read = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    if (!asked[i]) {
      read.push(null);
      continue;
    }
    const eol = out.indexOf(10, at);
    if (eol < 0) throw new GitError(`git cat-file stopped early, at ${names[i]}`);
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      read.push(null);
      continue;
    }
    const size = Number(m[2]);
    read.push(m[1] === "blob" ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return read;
}

// server/src/cli/base.ts
function attachBase(run, changes, engine, cwd, config2) {
  const records = run.files.filter((f) => f.kind !== "config");
  const rel = records.map((f) => (0, import_node_path8.relative)(changes.top, f.absPath).split(import_node_path8.sep).join("/"));
  const blobs = readObjects(changes.repo, rel.map((r) => `${changes.base}:${r}`));
  const finder = new ConfigFinder(config2, [rootAt(changes.top, cwd)]);
  const top = ignoreTop(cwd);
  records.forEach((f, i) => {
    const bytes = blobs[i];
    const read = bytes ? decodeDocument(bytes, bytes.length, bytes.length <= MAX_FILE_BYTES) : void 0;
    if (!read || !read.ok) {
      f.base = null;
      return;
    }
    const cfg = finder.forFile(f.absPath);
    const analysis = engine.analyze({ path: globPathOf(f.absPath, f.path, cfg.dir, top), text: read.text, config: cfg.config, byteLength: read.byteLength });
    f.base = analysis.kind ? { status: analysis.status, checklist: checklistEntries(analysis) } : null;
  });
}

// server/src/cli/run.ts
function underAny(file, paths2, cwd) {
  if (paths2.length === 0) return true;
  return paths2.some((p) => isInside(file, (0, import_node_path9.resolve)(cwd, p)));
}
function runCheck(options, cwd, stdin) {
  let files;
  let filesRoot;
  let changes;
  if (options.since) {
    try {
      changes = changedSince(options.since, cwd);
      files = changes.files.filter((f) => underAny(f, options.paths, cwd));
      filesRoot = changes.top;
    } catch (e) {
      throw new UsageError(e instanceof GitError ? e.message : String(e));
    }
  }
  const engine = createEngine();
  const run = checkPaths(options.paths, { cwd, config: options.config, files, filesRoot, fix: options.fix, stdin, engine });
  if (changes) {
    try {
      attachBase(run, changes, engine, cwd, options.config);
    } catch (e) {
      throw new UsageError(e instanceof GitError ? e.message : String(e));
    }
  }
  return run;
}

// server/src/action.ts
var FAIL_LEVELS = ["error", "warning", "info", "never"];
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function pathList(value) {
  const parts = value.includes("\n") ? value.split(/\r?\n/) : value.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
function readInputs(env) {
  const failLevel = input(env, "fail-level") || "error";
  if (!FAIL_LEVELS.includes(failLevel)) throw new UsageError(`fail-level must be ${FAIL_LEVELS.join(", ")}, not "${failLevel}"`);
  const maxWarnings = input(env, "max-warnings") || "-1";
  if (!/^-?\d+$/.test(maxWarnings) || Number(maxWarnings) < -1) throw new UsageError(`max-warnings must be a whole number (-1 for no limit), not "${maxWarnings}"`);
  const fix = input(env, "fix") || "false";
  if (fix !== "true" && fix !== "false") throw new UsageError(`fix must be true or false, not "${fix}"`);
  const since = input(env, "since") || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0);
  return {
    options: {
      paths: pathList(input(env, "paths")),
      format: "github",
      config: input(env, "config") || void 0,
      maxWarnings: Number(maxWarnings) < 0 ? void 0 : Number(maxWarnings),
      since,
      fix: fix === "true",
      explain: false,
      stdin: false
    },
    failLevel,
    commentFile: input(env, "comment-file") || void 0,
    sarifFile: input(env, "sarif-file") || void 0
  };
}
function failure(run, inputs) {
  if (run.usageError) return "a path that does not exist, or a glob that matches no file (see the messages above)";
  if (run.configError) return "an invalid config file (see the messages above)";
  const s = summarise(run.files.filter((f) => f.kind !== "config"));
  const counted = { error: s.errors, warning: s.errors + s.warnings, info: s.errors + s.warnings + s.infos, never: 0 }[inputs.failLevel];
  if (counted > 0) return `${s.errors} errors, ${s.warnings} warnings, ${s.infos} info; fail-level is ${inputs.failLevel}`;
  const max = inputs.options.maxWarnings;
  if (max !== void 0 && s.warnings > max) return `${s.warnings} warnings, more than max-warnings ${max}`;
  return void 0;
}
function writeFile(path, text2, cwd) {
  const abs = (0, import_node_path10.resolve)(cwd, path);
  (0, import_node_fs7.mkdirSync)((0, import_node_path10.dirname)(abs), { recursive: true });
  (0, import_node_fs7.writeFileSync)(abs, text2.endsWith("\n") ? text2 : `${text2}
`);
}
function runAction(env, cwd, out) {
  let inputs;
  let run;
  try {
    inputs = readInputs(env);
    run = runCheck(inputs.options, cwd);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out(`::error title=Customer Lens::${escapeData(e.message)}`);
    return 1;
  }
  const annotations = formatGithub(run.files);
  if (annotations.length > 0) out(annotations);
  for (const note of run.notes) out(`::warning title=Customer Lens::${escapeData(note)}`);
  const problems = [];
  const attempt = (what, write) => {
    try {
      write();
    } catch (e) {
      problems.push(`cannot write ${what}: ${e.code ?? String(e)}`);
    }
  };
  const files = run.files.filter((f) => f.kind !== "config");
  if (env.GITHUB_STEP_SUMMARY) attempt("the step summary", () => (0, import_node_fs7.appendFileSync)(env.GITHUB_STEP_SUMMARY, githubStepSummary(run.files)));
  if (inputs.commentFile) attempt(inputs.commentFile, () => writeFile(inputs.commentFile, formatMarkdown(run.files), cwd));
  if (inputs.sarifFile) attempt(inputs.sarifFile, () => writeFile(inputs.sarifFile, formatSarif(run.files, version), cwd));
  if (env.GITHUB_OUTPUT) {
    const s = summarise(files);
    const outputs = { errors: s.errors, warnings: s.warnings, files: files.length, coverage: coverage(files).percent ?? "" };
    attempt("the step outputs", () => (0, import_node_fs7.appendFileSync)(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join("")));
  }
  for (const p of problems) out(`::error title=Customer Lens::${escapeData(p)}`);
  const why = failure(run, inputs);
  if (why) out(`::error title=Customer Lens::${escapeData(why)}`);
  return why || problems.length > 0 ? 1 : 0;
}
if (require.main === module) {
  try {
    process.exitCode = runAction(process.env, process.cwd(), (line) => process.stdout.write(`${line}
`));
  } catch (e) {
    process.stdout.write(`::error title=Customer Lens::${escapeData(describeError(e))}
`);
    process.exitCode = 1;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  failure,
  readInputs,
  runAction
});
