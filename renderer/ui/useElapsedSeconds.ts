import { useEffect, useState } from 'react'

/**
 * Seconds since `running` turned true, ticking once a second: a long job whose progress core does not report shows
 * that it is still at work, instead of a bar that guesses.
 */
export function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    if (!running) return
    setSeconds(0)
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [running])
  return seconds
}
