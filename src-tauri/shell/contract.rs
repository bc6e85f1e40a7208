//! The command contract the UI compiles against, generated from the command list
//! (command_list.rs) and the commands themselves: each command becomes one entry of
//! `ui/src/bindings/commands.ts` with its arguments (camelCase, as Tauri passes them) and its
//! result, in the types ts-rs generates, read from its signature in commands.rs. The
//! test that writes it runs with `cargo test`, like ts-rs's own exports, and the test command
//! fails when the committed file differs: a renamed argument or a changed result breaks the
//! TypeScript build instead of failing at run time.

/// Arguments Tauri fills in itself, not the page.
const INJECTED: [&str; 4] = ["State<", "AppHandle", "WebviewWindow", "Window"];

/// One command: its name, its arguments (Rust name, Rust type) and its result's Rust type.
#[derive(Debug, PartialEq)]
pub struct Command {
    pub name: String,
    pub args: Vec<(String, String)>,
    pub result: String,
}

/// The commands declared in `source` (commands.rs), in order.
pub fn commands(source: &str) -> Result<Vec<Command>, String> {
    let mut out = Vec::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tauri::command]" {
            continue;
        }
        // The signature, over as many lines as rustfmt gives it, up to its body.
        let mut signature = String::new();
        for line in lines.by_ref() {
            signature.push_str(line.trim());
            signature.push(' ');
            if line.trim_end().ends_with('{') {
                break;
            }
        }
        let signature = signature.replace("( ", "(").replace(", )", ")").replace(",)", ")");
        let signature = signature.trim();
        let rest = signature
            .trim_start_matches("pub ")
            .trim_start_matches("async ")
            .strip_prefix("fn ")
            .ok_or_else(|| format!("not a fn: {signature}"))?;
        let (name, rest) =
            rest.split_once('(').ok_or_else(|| format!("no arguments: {signature}"))?;
        let (params, result) = rest
            .rsplit_once(") -> Answer<")
            .ok_or_else(|| format!("not `-> Answer<T>`: {signature}"))?;
        let result = result
            .trim_end_matches('{')
            .trim()
            .strip_suffix('>')
            .ok_or_else(|| format!("result: {signature}"))?;
        let mut args = Vec::new();
        for param in split_top_level(params) {
            let (arg, ty) =
                param.split_once(':').ok_or_else(|| format!("argument {param} in {signature}"))?;
            let ty = ty.trim();
            if INJECTED.iter().any(|i| ty.contains(i)) {
                continue;
            }
            args.push((arg.trim().to_owned(), ty.to_owned()));
        }
        out.push(Command { name: name.trim().to_owned(), args, result: result.to_owned() });
    }
    Ok(out)
}

/// `a: X, b: Option<Y<'_, Z>>` split on the commas outside angle brackets.
fn split_top_level(params: &str) -> Vec<String> {
    let (mut depth, mut current, mut out) = (0, String::new(), Vec::new());
    for c in params.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out.into_iter().map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect()
}

/// `fill_profile` → `fillProfile`, as Tauri renames command arguments.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The TypeScript of a Rust type; named types are ts-rs's, collected into `named`.
fn ts(ty: &str, named: &mut std::collections::BTreeSet<String>) -> Result<String, String> {
    let ty = ty.trim();
    if let Some(inner) = ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
        return Ok(format!("{} | null", ts(inner, named)?));
    }
    if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
        return Ok(format!("Array<{}>", ts(inner, named)?));
    }
    // A generic type of Recert's own (`Planned<TranscriptPreview>`): its binding takes the argument.
    if let Some((name, inner)) =
        ty.split_once('<').filter(|(n, _)| n.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        if let Some(inner) = inner.strip_suffix('>') {
            let outer = ts(name, named)?;
            return Ok(format!("{outer}<{}>", ts(inner, named)?));
        }
    }
    Ok(match ty {
        "()" => "null".to_owned(),
        "String" | "&str" => "string".to_owned(),
        "bool" => "boolean".to_owned(),
        "u8" | "u16" | "u32" | "i32" | "i64" | "u64" | "usize" | "f64" => "number".to_owned(),
        other
            if other.chars().all(|c| c.is_ascii_alphanumeric())
                && other.starts_with(|c: char| c.is_ascii_uppercase()) =>
        {
            named.insert(other.to_owned());
            other.to_owned()
        }
        other => return Err(format!("no TypeScript for the Rust type {other}")),
    })
}

/// The text of `ui/src/bindings/commands.ts` for `commands`.
pub fn typescript(commands: &[Command]) -> Result<String, String> {
    let mut named = std::collections::BTreeSet::new();
    let mut entries = Vec::new();
    for c in commands {
        let args = if c.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Result<Vec<String>, String> = c
                .args
                .iter()
                .map(|(n, t)| Ok(format!("{}: {}", camel(n), ts(t, &mut named)?)))
                .collect();
            format!("{{ {} }}", fields?.join("; "))
        };
        entries.push(format!(
            "  {}: {{ args: {args}; result: {} }};",
            c.name,
            ts(&c.result, &mut named)?
        ));
    }
    let imports: Vec<String> =
        named.iter().map(|t| format!("import type {{ {t} }} from \"./{t}\";")).collect();
    Ok(format!(
        "// Generated from src-tauri/shell/commands.rs by `cargo test` (shell::contract). Do not edit.\n{}\n\n/** Command name → arguments (camelCase, as Tauri passes them) and result. */\nexport type Commands = {{\n{}\n}};\n",
        imports.join("\n"),
        entries.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The command list, as names.
    macro_rules! recert_commands {
        ($($command:ident),* $(,)?) => {
            &[$(stringify!($command)),*]
        };
    }

    const LISTED: &[&str] = include!("command_list.rs");

    #[test]
    fn the_window_is_granted_the_set_of_every_listed_command_and_nothing_else_of_recerts() {
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../../capabilities/main.json"))
                .expect("capability JSON");
        // Recert's commands, and listening to its own events (recert://…): nothing else.
        assert_eq!(
            capability["permissions"],
            serde_json::json!([
                "recert-commands",
                "core:event:allow-listen",
                "core:event:allow-unlisten"
            ])
        );
        let set = std::fs::read_to_string(root().join("permissions/commands.toml"))
            .expect("the set build.rs writes");
        let granted: Vec<String> = set
            .lines()
            .filter_map(|l| {
                l.trim().strip_prefix("\"allow-")?.strip_suffix("\",").map(|c| c.replace('-', "_"))
            })
            .collect();
        assert_eq!(granted, LISTED);
    }

    #[test]
    fn a_signature_over_several_lines_reads_as_one() {
        let source = "#[tauri::command]\npub async fn apply(\n    shell: State<'_, Shell>,\n    plan: String,\n    link: Option<String>,\n) -> Answer<Planned<TranscriptPreview>> {\n";
        let parsed = commands(source).expect("parses");
        assert_eq!(
            parsed[0].args,
            vec![("plan".into(), "String".into()), ("link".into(), "Option<String>".into())]
        );
        assert_eq!(parsed[0].result, "Planned<TranscriptPreview>");
    }

    #[test]
    fn signatures_become_typed_entries() {
        let source = "#[tauri::command]\npub async fn check(app: AppHandle, shell: State<'_, Shell>, plan_id: String, limit: Option<u32>) -> Answer<Vec<PlanView>> {\n";
        let parsed = commands(source).expect("parses");
        assert_eq!(
            parsed,
            vec![Command {
                name: "check".into(),
                args: vec![
                    ("plan_id".into(), "String".into()),
                    ("limit".into(), "Option<u32>".into())
                ],
                result: "Vec<PlanView>".into()
            }]
        );
        let text = typescript(&parsed).expect("typescript");
        assert!(text.contains("  check: { args: { planId: string; limit: number | null }; result: Array<PlanView> };"), "{text}");
        assert!(text.contains("import type { PlanView } from \"./PlanView\";"));
    }

    /// Writes the contract, as ts-rs writes the types: `cargo test` keeps it current and the test
    /// command fails when the committed file differs.
    #[test]
    fn export_command_contract() {
        let source = std::fs::read_to_string(root().join("src-tauri/shell/commands.rs"))
            .expect("commands.rs");
        let mut parsed = commands(&source).expect("every command parses");
        let mut names: Vec<&str> = parsed.iter().map(|c| c.name.as_str()).collect();
        let mut listed = LISTED.to_vec();
        names.sort_unstable();
        listed.sort_unstable();
        assert_eq!(names, listed, "every #[tauri::command] in commands.rs is in command_list.rs");
        // In the list's order.
        parsed.sort_by_key(|c| LISTED.iter().position(|l| *l == c.name));
        let text = typescript(&parsed).expect("every type has TypeScript");
        let bindings = root().join("ui/src/bindings");
        for line in text.lines().filter_map(|l| l.strip_prefix("import type { ")) {
            let name = line.split(' ').next().unwrap_or("");
            assert!(
                bindings.join(format!("{name}.ts")).exists(),
                "{name} has no ts-rs binding: derive TS and export it"
            );
        }
        std::fs::write(bindings.join("commands.ts"), text).expect("write the contract");
    }
}
