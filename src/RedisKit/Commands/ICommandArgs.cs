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
}
