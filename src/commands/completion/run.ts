// `aigc completion bash|zsh|fish`: a script for the shell's start-up file. Each script asks `aigc __complete` what may
// come next, so completion knows the catalog as it is, team catalogs (AIGC_DATA) included.
import { FILES, SHELLS } from "../../core/complete.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";

const BASH = `# aigc completion for bash. Add to ~/.bashrc:  source <(aigc completion bash)
_aigc_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]} line
  COMPREPLY=()
  while IFS= read -r line; do
    if [[ $line == ${FILES} ]]; then
      while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
      compopt -o filenames 2>/dev/null
      return
    fi
    [[ -n $line ]] && COMPREPLY+=("$line")
  done < <(aigc __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
}
complete -F _aigc_complete aigc
`;

const ZSH = `#compdef aigc
# aigc completion for zsh. Add to ~/.zshrc:  source <(aigc completion zsh)
_aigc() {
  local out
  out=$(aigc __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)
  if [[ $out == ${FILES} ]]; then
    _files
  elif [[ -n $out ]]; then
    compadd -- "\${(@f)out}"
  fi
}
if ! (( $+functions[compdef] )); then
  autoload -Uz compinit && compinit
fi
compdef _aigc aigc
`;

const FISH = `# aigc completion for fish. Save it:  aigc completion fish > ~/.config/fish/completions/aigc.fish
function __aigc_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l out (aigc __complete -- $words[2..-1] "$cur" 2>/dev/null)
    if test "$out" = "${FILES}"
        __fish_complete_path "$cur"
    else
        printf '%s\\n' $out
    end
end
complete -c aigc -f -a '(__aigc_complete)'
`;

const SCRIPTS: Record<(typeof SHELLS)[number], string> = { bash: BASH, zsh: ZSH, fish: FISH };

/** The completion script for a shell; any other shell is a usage error that names the three. */
export function completionScript(shell: string, lang: Lang): string {
  const name = shell.trim().toLowerCase();
  if (!Object.hasOwn(SCRIPTS, name)) throw usageError(t(lang, "badShell", shell.slice(0, 40)));
  return SCRIPTS[name as keyof typeof SCRIPTS];
}
