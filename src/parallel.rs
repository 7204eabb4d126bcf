//! Maps work over a stream on several threads and hands the results back in input order, with
//! a bounded number of items in flight, so memory stays flat however long the stream.
//!
//! One thread produces items (reads the input), `threads` workers map them, and the calling
//! thread consumes the results in the order the items were produced (writes the output). At
//! most `in_flight` items are between the producer and the consumer at any time: the producer
//! takes a permit before each item and the consumer gives it back once the item's result is
//! written, so one slow item never lets the others pile up behind it.

use std::collections::BTreeMap;
use std::thread;

use anyhow::{anyhow, Result};
use crossbeam_channel::{bounded, Receiver, Sender};

/// Runs `produce`, which calls its argument once per item (and stops when it returns false),
/// maps every item with `work` on `threads` threads, and calls `consume` on every result in
/// production order. The first error of `produce` or `consume` stops everything and is returned.
///
/// With one thread everything runs on the calling thread, in the same order.
pub fn ordered_map<T, R, P, W, C>(
    threads: usize,
    in_flight: usize,
    produce: P,
    work: W,
    mut consume: C,
) -> Result<()>
where
    T: Send,
    R: Send,
    P: FnOnce(&mut dyn FnMut(T) -> bool) -> Result<()> + Send,
    W: Fn(T) -> R + Sync,
    C: FnMut(R) -> Result<()>,
{
    if threads <= 1 {
        let mut failed = None;
        produce(&mut |item| match consume(work(item)) {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        })?;
        return failed.map_or(Ok(()), Err);
    }
    let in_flight = in_flight.max(threads);
    let (permit_tx, permit_rx) = bounded::<()>(in_flight);
    for _ in 0..in_flight {
        permit_tx
            .send(())
            .map_err(|_| anyhow!("permit queue closed"))?;
    }
    let (item_tx, item_rx) = bounded::<(u64, T)>(threads * 2);
    let (result_tx, result_rx) = bounded::<(u64, R)>(in_flight);
    thread::scope(|s| {
        let producer = s.spawn(move || {
            let mut seq = 0;
            produce(&mut |item| {
                if permit_rx.recv().is_err() {
                    return false;
                }
                let sent = item_tx.send((seq, item)).is_ok();
                seq += 1;
                sent
            })
        });
        for _ in 0..threads {
            let (item_rx, result_tx, work) = (item_rx.clone(), result_tx.clone(), &work);
            s.spawn(move || {
                for (seq, item) in item_rx {
                    if result_tx.send((seq, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop((item_rx, result_tx));
        let consumed = consume_in_order(result_rx, permit_tx, &mut consume);
        let produced = producer
            .join()
            .unwrap_or_else(|_| Err(anyhow!("the input reader stopped unexpectedly")));
        consumed.and(produced)
    })
}

/// Hands results to `consume` in sequence order, giving back a permit for each.
fn consume_in_order<R>(
    results: Receiver<(u64, R)>,
    permits: Sender<()>,
    consume: &mut dyn FnMut(R) -> Result<()>,
) -> Result<()> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (seq, result) in results {
        waiting.insert(seq, result);
        while let Some(result) = waiting.remove(&next) {
            // On error the receivers drop here, which stops the producer and the workers.
            consume(result)?;
            next += 1;
            let _ = permits.send(());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(threads: usize, in_flight: usize, n: u64) -> Vec<u64> {
        let mut out = Vec::new();
        ordered_map(
            threads,
            in_flight,
            |push| {
                for i in 0..n {
                    if !push(i) {
                        break;
                    }
                }
                Ok(())
            },
            |i: u64| {
                // Uneven work, so results arrive out of order.
                if i % 7 == 0 {
                    thread::sleep(std::time::Duration::from_millis(2));
                }
                i * i
            },
            |r| {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn results_come_in_input_order_whatever_the_threads() {
        let want: Vec<u64> = (0..200).map(|i| i * i).collect();
        for (threads, in_flight) in [(1, 1), (2, 2), (2, 64), (4, 4), (8, 3)] {
            assert_eq!(run(threads, in_flight, 200), want, "{threads} threads");
        }
        assert!(run(3, 8, 0).is_empty());
    }

    #[test]
    fn a_consumer_error_stops_the_producer() {
        for threads in [1, 2, 4] {
            let mut produced = 0;
            let mut consumed = 0;
            let err = ordered_map(
                threads,
                4,
                |push| {
                    for i in 0..1_000_000u64 {
                        produced += 1;
                        if !push(i) {
                            break;
                        }
                    }
                    Ok(())
                },
                |i| i,
                |_| {
                    consumed += 1;
                    if consumed == 10 {
                        anyhow::bail!("disk full");
                    }
                    Ok(())
                },
            )
            .unwrap_err();
            assert_eq!(err.to_string(), "disk full");
            assert!(produced < 100, "{threads} threads: {produced} items read");
        }
    }

    #[test]
    fn a_producer_error_is_returned() {
        for threads in [1, 2] {
            let err = ordered_map(
                threads,
                4,
                |push| {
                    push(1u8);
                    anyhow::bail!("unreadable input")
                },
                |i| i,
                |_| Ok(()),
            )
            .unwrap_err();
            assert_eq!(err.to_string(), "unreadable input");
        }
    }
}
