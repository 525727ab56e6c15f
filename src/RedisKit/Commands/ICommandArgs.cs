using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// A command's arguments after its name. Implemented by small structs so that encoding a command
/// allocates nothing; <see cref="Count"/> must equal the number of bulk strings <see cref="WriteTo"/> writes.
/// </summary>
internal interface ICommandArgs
{
    int Count { get; }

    void WriteTo(ref RespWriter writer, Encoding encoding);

    /// <summary>
    /// The argument at <paramref name="index"/> (0: the first after the name), as it is sent: a
    /// cluster router reads keys (and key counts) here to find their slot without encoding the
    /// command twice. Arguments that are not plain values (option tokens) need not be available:
    /// only the positions the command's <see cref="CommandInfo"/> names as keys or key counts.
    /// </summary>
    RedisValue Argument(int index);
}
