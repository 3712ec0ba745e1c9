// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

namespace studio {

// A value or a typed error, in the spirit of C++23 std::expected, which g++ 12 in C++20 mode lacks.
// Both alternatives are addressed by index, so T and E may be the same type.
template <typename T, typename E>
class Result
{
public:
    static Result success(T value) { return Result(std::in_place_index<0>, std::move(value)); }
    static Result failure(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }

    // Precondition: !ok().
    const E &error() const & { return std::get<1>(m_data); }

private:
    template <std::size_t Index, typename V>
    Result(std::in_place_index_t<Index> index, V &&value)
        : m_data(index, std::forward<V>(value))
    {
    }

    std::variant<T, E> m_data;
};

} // namespace studio
