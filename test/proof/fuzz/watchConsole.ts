/**
 * Counts console output while fuzzing: the data layer and the engine must never log (customer text could be
 * in anything they would print), so any line is a finding. The methods are restored by `stop`.
 */
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const

export function watchConsole(): { stop: () => number } {
  let calls = 0
  const originals = methods.map((method) => [method, console[method]] as const)
  for (const method of methods) {
    console[method] = () => {
      calls += 1
    }
  }
  return {
    stop() {
      for (const [method, original] of originals) console[method] = original
      return calls
    }
  }
}
