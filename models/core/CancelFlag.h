#pragma once

#include <atomic>

/// Asked by long work whether to go on; set from another thread (the window's Cancel button)
/// while the work runs on a worker.
class CancelFlag
{
public:
    void cancel() { m_set.store(true, std::memory_order_relaxed); }
    bool isSet() const { return m_set.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_set{false};
};
