// The bridge's boot prediction: the walk from the WSGI module (and the factory gunicorn calls)
// through every import and string import that runs at boot, against what the rock ships.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
export const PREDICT_PY = String.raw`
MARKER = "flask-rock: ignore-boot"

def predict(rock, wsgi_module, factory, served_name):
    modules = {}   # module name -> {"module", "file", "package", "boot", "shipped"}
    records = []
    problems = []  # unreadable modules on the way
    app_problems = []
    queue = []
    truncated = False
    edges = []
    bindings_cache = {}
    functions = {}
    walked = set()
    calls = []  # (owner, tree, def, via, depth): function bodies that run at boot, to walk
    called_lines = set()  # (file, module, line) of the imports in those bodies

    def enqueue(name, file, is_pkg, boot, shipped=True):
        m = modules.get(name)
        if m is None:
            modules[name] = {"module": name, "file": file, "package": is_pkg, "boot": boot, "shipped": shipped}
            queue.append(name)
        elif boot and not m["boot"]:
            m["boot"] = True
            queue.append(name)

    def record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind="import", text=None, literal=None):
        records.append({
            "literal": literal,
            "file": importer["file"] if importer else None,
            "line": getattr(node, "lineno", None),
            "column": (node.col_offset + 1) if node is not None else None,
            "module": name,
            "projectPath": where,
            "status": "unsure" if rock.unsure and status in ("missing", "sibling") else status,
            "boot": at_boot,
            "guarded": guarded,
            "ignored": ignored,
            "kind": kind,
            "call": text,
            "via": via,
            "attribute": None,
            "initializing": False,
            "selector": None,
        })

    def resolve(chain, importer, node, at_boot, guarded, ignored, via=None, kind="import", text=None, literal=None):
        """Follows 'a', 'a.b', 'a.b.c' as Python imports them; records the first that the rock lacks
        and follows the project's own copy on, so that one pass finds every module the rock lacks."""
        shipped = True
        for i, name in enumerate(chain):
            found = find_module(name, rock.source) if shipped else None
            if found:
                enqueue(name, found[0], found[1], at_boot)
                continue
            top = name.split(".")[0]
            if i == 0 and top in STDLIB:
                return "stdlib"
            if i == 0 and top in PROVIDED:
                # /flask/app has no such module: Python finds the library the requirements
                # installed, whatever project file shares its name elsewhere
                return "third-party"
            proj = find_module(name, in_project)
            if proj and not shipped:
                # a submodule of a package the rock lacks: shipping the package ships it
                if not guarded and not ignored:
                    enqueue(name, proj[0], proj[1], at_boot, False)
                continue
            status, where = None, None
            if proj:
                status, where = "missing", proj[0]
            elif i == 0 and importer and "/" in importer["file"]:
                pkg_dir = importer["file"].rsplit("/", 1)[0]
                sib = find_module(name, lambda rel, d: in_project(pkg_dir + "/" + rel, d))
                if sib:
                    status, where = "sibling", sib[0]
            if status is None:
                if not shipped:
                    return "missing"
                return "third-party" if i == 0 else "missing-submodule"
            if importer and (importer["module"] + ".").startswith(name + "."):
                return "missing"  # the package the rock lacks, importing its own parts
            record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind, text, literal)
            if status != "missing" or guarded or ignored:
                return status
            # Python would stop here; the walk goes on through the project's copy.
            enqueue(name, proj[0], proj[1], at_boot, False)
            shipped = False
        return "project" if shipped else "missing"

    def locate(name):
        """(file, is_package) of a project module, shipped or not, or None."""
        return find_module(name, rock.source) or find_module(name, in_project)

    def package_of(m):
        if m["module"].startswith("<"):
            return ""  # a file from_pyfile runs: no package
        return m["module"] if m["package"] else m["module"].rpartition(".")[0]

    def absolute(m, node):
        """The module an ImportFrom names, or None for a relative import beyond the top level."""
        return import_base(package_of(m), node)

    def bindings(m, tree):
        """Module-level names bound by imports: ('module', name) or ('attr', module, name)."""
        if m["file"] not in bindings_cache:
            out = {}
            for kind, node, boot, _ in events(tree.body, True, False, False):
                if boot:
                    bind(m, node, out)
            bindings_cache[m["file"]] = out
        return bindings_cache[m["file"]]

    def bind(m, node, out):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    out[a.asname] = ("module", a.name)
                else:
                    out[a.name.split(".")[0]] = ("module", a.name.split(".")[0])
        else:
            base = absolute(m, node)
            if base:
                for a in node.names:
                    if a.name != "*":
                        out[a.asname or a.name] = ("attr", base, a.name)

    def function(module, fname, hops=0):
        """(importer, tree, FunctionDef) of the project function module.fname, or None."""
        key = (module, fname)
        if key in functions:
            return functions[key]
        functions[key] = None
        found = locate(module)
        if found and found[0].endswith(".py"):
            try:
                tree = read_tree(found[0])
            except Unreadable:
                tree = None
            if tree is not None:
                owner = {"module": module, "file": found[0], "package": found[1]}
                fdef = defs_of(tree).get(fname)
                if fdef:
                    functions[key] = (owner, tree, fdef)
                elif hops < 3:
                    b = bindings(owner, tree).get(fname)
                    if b and b[0] == "attr" and not locate(b[1] + "." + b[2]):
                        functions[key] = function(b[1], b[2], hops + 1)
        return functions[key]

    def callee(m, tree, local, call):
        """The project function a call runs, or None."""
        name = dotted(call.func)
        if not name:
            return None
        head, _, rest = name.partition(".")
        b = local.get(head)
        if b is None:
            return function(m["module"], head) if not rest and head in defs_of(tree) else None
        module = b[1] if b[0] == "module" else b[1] + "." + b[2]
        if b[0] == "attr" and not rest:
            return function(b[1], b[2])
        if b[0] == "attr" and not locate(module):
            return None
        path, _, fname = rest.rpartition(".")
        return function(module + ("." + path if path else ""), fname)

    def flask_root(m, scope):
        """The app's root path under /flask/app ('' for the top), for from_pyfile: the directory of
        the module that makes the Flask app, its instance folder with instance_relative_config; None
        when this module makes no Flask app or names its paths."""
        for stmt in scope:
            for c in ast.walk(stmt):
                if isinstance(c, ast.Call) and (dotted(c.func) or "").split(".")[-1] == "Flask":
                    kw = {k.arg: k.value for k in c.keywords}
                    if "root_path" in kw or "instance_path" in kw:
                        return None
                    rel = kw.get("instance_relative_config")
                    if isinstance(rel, ast.Constant) and rel.value is True:
                        return "instance"
                    if rel is not None and not isinstance(rel, ast.Constant):
                        return None
                    return m["module"].replace(".", "/") if m["package"] else "/".join(m["module"].split(".")[:-1])
        return None

    def string_import(m, tree, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            string_target(m, call, arg.value, guarded, ignored, via, text)
            return
        choice = env_choice(m, tree, arg) if isinstance(arg, ast.Subscript) else None
        if choice:
            # a settings dict keyed by an environment variable: each string it holds is a candidate,
            # the one the variable's default selects is the one the rock imports
            variable, default, entries = choice
            for key, value in entries:
                if value is None:
                    continue  # a class or other object: imported as the module imports it
                first = len(records)
                string_target(m, call, value, guarded, ignored, via, text)
                for r in records[first:]:
                    r["selector"] = {"variable": variable, "key": key, "default": key == default}
        elif arg is not None and computed_string(arg):
            record(m, call, None, None, "computed", True, guarded, ignored, via, "string", text)

    def string_target(m, call, value, guarded, ignored, via, text):
        """werkzeug's import_string(value), followed part by part against what ships."""
        literal = target = value.replace(":", ".")
        if not target or not all(p.isidentifier() for p in target.split(".")):
            return
        attr = None
        if "." in target and not locate(target):
            # werkzeug's import_string: not a module, so module.attribute
            target, _, attr = target.rpartition(".")
        chain = target.split(".")
        prefixes = [".".join(chain[: i + 1]) for i in range(len(chain))]
        status = resolve(prefixes, m, call, True, guarded, ignored, via, "string", text, literal)
        if status == "missing-submodule":
            # the top-level package ships, a module under it exists nowhere: ModuleNotFoundError
            absent = next(p for p in prefixes if not find_module(p, rock.source))
            record(m, call, absent, None, "absent", True, guarded, ignored, via, "string", text, literal)
        elif status == "project" and attr is not None:
            found = find_module(target, rock.source)
            try:
                target_tree = read_tree(found[0]) if found[0].endswith(".py") else None
            except Unreadable:
                target_tree = False  # its own problem is reported when the walk reads it
            if target_tree is None or (target_tree is not False and not may_bind(target_tree, attr)):
                # getattr fails: werkzeug raises ImportError(AttributeError); a module whose own
                # import is still running says so (the boot imports it, the call is not gunicorn's)
                initializing = (m["module"] == target or m["module"].startswith(target + ".")) and (via is None or via["file"] is not None)
                record(m, call, target, None, "absent", True, guarded, ignored, via, "string", text, literal)
                records[-1]["attribute"] = attr
                records[-1]["initializing"] = initializing
        edges.append({"from": m["module"], "to": target, "line": call.lineno, "boot": True, "status": status, "via": via, "call": text})

    def env_choice(m, tree, sub):
        """(variable, default key or None, [(key, string or None)]) for settings[<env read>], where
        settings is a dict literal bound at module level here or in the project module it is
        imported from, and the key reads an environment variable (directly or through a name)."""
        key = sub.slice
        if isinstance(key, ast.Name):
            key = module_value(tree, key.id)
        read = env_read(key) if key is not None else None
        if not read or not isinstance(sub.value, ast.Name):
            return None
        name = sub.value.id
        value = module_value(tree, name)
        if value is None:
            b = bindings(m, tree).get(name)
            found = locate(b[1]) if b and b[0] == "attr" else None
            if found and found[0].endswith(".py"):
                try:
                    value = module_value(read_tree(found[0]), b[2])
                except Unreadable:
                    value = None
        entries = string_dict(value) if value is not None else None
        return (read[0], read[1], entries) if entries else None

    def pyfile(m, tree, scope, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        silent = any(k.arg == "silent" and isinstance(k.value, ast.Constant) and k.value.value for k in call.keywords) \
            or (len(call.args) > 1 and isinstance(call.args[1], ast.Constant) and bool(call.args[1].value))
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            if arg is not None:
                record(m, call, None, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        root = flask_root(m, scope)
        if root is None:
            root = flask_root(m, tree.body)
        rel = os.path.normpath(os.path.join(root or "", arg.value)) if root is not None else None
        if rel is None or os.path.isabs(arg.value) or rel.startswith(".."):
            record(m, call, arg.value, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        src = rock.source(rel)
        if src and src.endswith(".py"):
            # executed as a module: its imports run at boot
            enqueue("<%s>" % rel, src, False, True)
            edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": "project", "via": via, "call": text})
            return
        if src:
            return
        where = rel if in_project(rel, False) else None
        status = ("missing" if where else "absent")
        if silent:
            status = "skipped" if where else None
        if status:
            record(m, call, rel, where, status, True, guarded, ignored, via, "pyfile", text)
        edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": status or "absent", "via": via, "call": text})

    def walk(m, tree, body, at_boot, via, depth, scope=None):
        """Follows the imports and calls of a body that runs (at boot when at_boot); scope: the
        body of the function being called, None for a module's own body."""
        local = dict(bindings(m, tree)) if scope is not None else {}
        lines = tree.lines
        for kind, node, boot, guarded in events(body, at_boot, False):
            if kind == "import":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
                if not boot and scope is not None:
                    continue  # request-time code in a called function: its module's walk has it
                if boot:
                    bind(m, node, local)
                    if scope is not None:
                        called_lines.add((m["file"], m["module"], node.lineno))
                follow_import(m, tree, node, boot, guarded, ignored, via)
                continue
            func = node.func
            attr = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if attr in STRING_IMPORTS or attr == "from_pyfile":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
            if attr in STRING_IMPORTS:
                string_import(m, tree, node, guarded, ignored, via, text_of(node))
            elif attr == "from_pyfile":
                pyfile(m, tree, scope if scope is not None else tree.body, node, guarded, ignored, via, text_of(node))
            elif depth < MAX_CALL_DEPTH:
                target = callee(m, tree, local, node)
                if target and (target[0]["file"], target[2].name) not in walked:
                    owner, ftree, fdef = target
                    walked.add((owner["file"], fdef.name))
                    step = via or {"file": m["file"], "line": node.lineno, "call": text_of(func) + "()"}
                    # walked once the modules imported so far are: Python runs an imported
                    # module's body before the importer's next line calls into it
                    calls.append((owner, ftree, fdef, step, depth + 1))

    def follow_import(m, tree, node, at_boot, guarded, ignored, via):
        name = m["module"]
        if isinstance(node, ast.Import):
            targets = [(a.name, []) for a in node.names]
        else:
            target = absolute(m, node)
            if target is None:
                problems.append(dict(located("%s:%d: relative import beyond the top-level package" % (m["file"], node.lineno), m["file"], node.lineno), boot=at_boot))
                return
            targets = [(target, [a.name for a in node.names if a.name != "*"])]
        for target, subs in targets:
            chain = target.split(".")
            status = resolve([".".join(chain[: i + 1]) for i in range(len(chain))], m, node, at_boot, guarded, ignored, via)
            edges.append({"from": name, "to": target, "line": node.lineno, "boot": at_boot, "status": status, "via": via})
            if status == "project":
                for sub in subs:
                    full = target + "." + sub
                    found = find_module(full, rock.source)
                    if found:
                        enqueue(full, found[0], found[1], at_boot)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": "project", "via": via})
                    elif find_module(full, in_project):
                        sub_status = resolve([full], m, node, at_boot, guarded, ignored, via)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": sub_status, "via": via})
            elif status == "missing" and not guarded and not ignored:
                # submodules of a package the rock lacks: shipping the package ships them
                for sub in subs:
                    found = find_module(target + "." + sub, in_project)
                    if found:
                        enqueue(target + "." + sub, found[0], found[1], at_boot, False)

    chain = wsgi_module.split(".")
    resolve([".".join(chain[: i + 1]) for i in range(len(chain))], None, None, True, False, False)
    while queue or calls:
        if len(modules) > MAX_MODULES:
            truncated = True
            break
        if not queue:
            owner, ftree, fdef, step, depth = calls.pop(0)
            walk(owner, ftree, fdef.body, True, step, depth, fdef.body)
            continue
        name = queue.pop(0)
        m = modules[name]
        try:
            tree = read_tree(m["file"]) if m["file"].endswith(".py") else None
        except Unreadable as e:
            problems.append(dict(located(e.message, m["file"], e.line, e.column), boot=m["boot"]))
            continue
        if tree is None:
            continue
        walk(m, tree, tree.body, m["boot"], None, 0)
        if name == wsgi_module and m["boot"]:
            app_problems.extend(served(m, tree, factory, served_name))
            if factory:
                target = function(name, factory)
                if target and (target[0]["file"], factory) not in walked:
                    walked.add((target[0]["file"], factory))
                    owner, ftree, fdef = target
                    calls.append((owner, ftree, fdef, {"file": None, "line": None, "call": factory + "()"}, 1))

    # An import in a function body was first seen as request-time code; a call made at boot runs it.
    if called_lines:
        by_file = {(f, line) for f, _, line in called_lines}
        by_module = {(name, line) for _, name, line in called_lines}
        records = [r for r in records if r["boot"] or (r["file"], r["line"]) not in by_file]
        edges = [e for e in edges if e["boot"] or (e["from"], e["line"]) not in by_module]
    return {
        "modules": sorted(modules.values(), key=lambda x: x["module"]),
        "imports": edges,
        "missing": records,
        "unreadable": problems,
        "app": app_problems,
        "truncated": truncated,
    }
`
