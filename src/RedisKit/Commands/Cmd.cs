namespace RedisKit.Commands;

/// <summary>
/// Every command's fixed part, defined once. Key positions follow COMMAND INFO: the index of the
/// first key after the name (0 for none), the step between keys and the last key (-1: the last argument, -2: the one before it).
/// </summary>
internal static partial class Cmd
{
    private const CommandFlags R = CommandFlags.ReadOnly;
    private const CommandFlags I = CommandFlags.Idempotent;
    private const CommandFlags S = CommandFlags.ConnectionState;
    private const CommandFlags B = CommandFlags.Blocking;

    // Connection
    public static readonly CommandInfo Hello = new("HELLO", I, firstKey: 0);
    public static readonly CommandInfo Auth = new("AUTH", I, firstKey: 0);
    public static readonly CommandInfo Ping = new("PING", I, firstKey: 0);
    public static readonly CommandInfo Echo = new("ECHO", I, firstKey: 0);
    public static readonly CommandInfo Select = new("SELECT", S, firstKey: 0);
    public static readonly CommandInfo ClientSetName = new("CLIENT SETNAME", I, firstKey: 0);
    public static readonly CommandInfo ClientSetNameOnConnection = new("CLIENT SETNAME", S, firstKey: 0);
    public static readonly CommandInfo ClientGetName = new("CLIENT GETNAME", I, firstKey: 0);
    public static readonly CommandInfo ClientSetInfo = new("CLIENT SETINFO", I, firstKey: 0);
    public static readonly CommandInfo ClientId = new("CLIENT ID", I, firstKey: 0);
    public static readonly CommandInfo ClientInfo = new("CLIENT INFO", I, firstKey: 0);
    public static readonly CommandInfo ClientList = new("CLIENT LIST", I, firstKey: 0);
    public static readonly CommandInfo ClientKill = new("CLIENT KILL", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClientPause = new("CLIENT PAUSE", I, firstKey: 0);
    public static readonly CommandInfo ClientUnpause = new("CLIENT UNPAUSE", I, firstKey: 0);
    public static readonly CommandInfo ClientNoEvict = new("CLIENT NO-EVICT", S, firstKey: 0);
    public static readonly CommandInfo ClientNoTouch = new("CLIENT NO-TOUCH", S, firstKey: 0);
    public static readonly CommandInfo ClientTrackingInfo = new("CLIENT TRACKINGINFO", I, firstKey: 0);
    public static readonly CommandInfo ClientUnblock = new("CLIENT UNBLOCK", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClientGetRedir = new("CLIENT GETREDIR", I, firstKey: 0);

    // CLIENT TRACKING and CLIENT CACHING change how the server treats their own connection, like SELECT.
    public static readonly CommandInfo ClientTracking = new("CLIENT TRACKING", S, firstKey: 0);
    public static readonly CommandInfo ClientCaching = new("CLIENT CACHING", S, firstKey: 0);

    // Strings
    public static readonly CommandInfo Get = new("GET", R);
    public static readonly CommandInfo Set = new("SET", I);
    public static readonly CommandInfo SetWithGet = new("SET", CommandFlags.None);

    // SET NX answers nil when resent after it succeeded, which would tell a lock's owner it lost.
    public static readonly CommandInfo SetIfAbsent = new("SET", CommandFlags.None);
    public static readonly CommandInfo MGet = new("MGET", R, lastKey: -1);
    public static readonly CommandInfo MSet = new("MSET", I, keyStep: 2, lastKey: -1);
    public static readonly CommandInfo MSetNx = new("MSETNX", CommandFlags.None, keyStep: 2, lastKey: -1);
    public static readonly CommandInfo Incr = new("INCR");
    public static readonly CommandInfo IncrBy = new("INCRBY");
    public static readonly CommandInfo IncrByFloat = new("INCRBYFLOAT");
    public static readonly CommandInfo Decr = new("DECR");
    public static readonly CommandInfo DecrBy = new("DECRBY");
    public static readonly CommandInfo Append = new("APPEND");
    public static readonly CommandInfo StrLen = new("STRLEN", R);
    public static readonly CommandInfo GetDel = new("GETDEL");
    public static readonly CommandInfo GetEx = new("GETEX", I);
    public static readonly CommandInfo GetRange = new("GETRANGE", R);
    public static readonly CommandInfo SetRange = new("SETRANGE", I);
    public static readonly CommandInfo SetEx = new("SETEX", I);
    public static readonly CommandInfo PSetEx = new("PSETEX", I);
    public static readonly CommandInfo SetNx = new("SETNX", CommandFlags.None);
    public static readonly CommandInfo Lcs = new("LCS", R, lastKey: 2);

    // Keys. DEL, UNLINK and PERSIST count what they changed, 0 when resent; EXPIRE and its siblings
    // take NX, GT and LT conditions that fail when resent, so none of them is resent.
    public static readonly CommandInfo Del = new("DEL", CommandFlags.None, lastKey: -1);
    public static readonly CommandInfo Unlink = new("UNLINK", CommandFlags.None, lastKey: -1);
    public static readonly CommandInfo Exists = new("EXISTS", R, lastKey: -1);
    public static readonly CommandInfo Expire = new("EXPIRE", CommandFlags.None);
    public static readonly CommandInfo PExpire = new("PEXPIRE", CommandFlags.None);
    public static readonly CommandInfo ExpireAt = new("EXPIREAT", CommandFlags.None);
    public static readonly CommandInfo PExpireAt = new("PEXPIREAT", CommandFlags.None);
    public static readonly CommandInfo Ttl = new("TTL", R);
    public static readonly CommandInfo PTtl = new("PTTL", R);
    public static readonly CommandInfo Persist = new("PERSIST", CommandFlags.None);
    public static readonly CommandInfo Type = new("TYPE", R);
    public static readonly CommandInfo Rename = new("RENAME", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo RenameNx = new("RENAMENX", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo Keys = new("KEYS", R, firstKey: 0);
    public static readonly CommandInfo Scan = new("SCAN", R, firstKey: 0);

    // More keyspace commands. SORT is a write command for Redis (it may STORE; SORT_RO is the one
    // read-only replicas take): without STORE it only reads, so it is idempotent, not read-only; with
    // STORE into one of its sources and a LIMIT a second run sorts the stored result again, so
    // SortStore is never resent. COPY, MOVE and RESTORE answer differently when resent after they
    // succeeded, like RENAMENX. TOUCH only updates access times.
    // WAIT counts acknowledgements of the writes made on its own connection and may wait for them.
    public static readonly CommandInfo Copy = new("COPY", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo Dump = new("DUMP", R);
    public static readonly CommandInfo Restore = new("RESTORE", CommandFlags.None);
    public static readonly CommandInfo ObjectEncoding = new("OBJECT ENCODING", R);
    public static readonly CommandInfo ObjectFreq = new("OBJECT FREQ", R);
    public static readonly CommandInfo ObjectIdleTime = new("OBJECT IDLETIME", R);
    public static readonly CommandInfo ObjectRefCount = new("OBJECT REFCOUNT", R);
    public static readonly CommandInfo Sort = new("SORT", I);
    public static readonly CommandInfo SortStore = new("SORT", CommandFlags.None);
    public static readonly CommandInfo SortRo = new("SORT_RO", R);
    public static readonly CommandInfo Touch = new("TOUCH", R, lastKey: -1);
    public static readonly CommandInfo RandomKey = new("RANDOMKEY", R, firstKey: 0);
    public static readonly CommandInfo ExpireTime = new("EXPIRETIME", R);
    public static readonly CommandInfo PExpireTime = new("PEXPIRETIME", R);
    public static readonly CommandInfo Move = new("MOVE", CommandFlags.None);
    public static readonly CommandInfo Wait = new("WAIT", B, firstKey: 0);

    // Hashes. HSET and HDEL count the fields they added or removed, 0 when resent.
    public static readonly CommandInfo HSet = new("HSET", CommandFlags.None);
    public static readonly CommandInfo HRandField = new("HRANDFIELD", R);
    public static readonly CommandInfo HStrLen = new("HSTRLEN", R);
    public static readonly CommandInfo HGet = new("HGET", R);
    public static readonly CommandInfo HMGet = new("HMGET", R);
    public static readonly CommandInfo HGetAll = new("HGETALL", R);
    public static readonly CommandInfo HDel = new("HDEL", CommandFlags.None);
    public static readonly CommandInfo HExists = new("HEXISTS", R);
    public static readonly CommandInfo HLen = new("HLEN", R);
    public static readonly CommandInfo HKeys = new("HKEYS", R);
    public static readonly CommandInfo HVals = new("HVALS", R);
    public static readonly CommandInfo HIncrBy = new("HINCRBY");
    public static readonly CommandInfo HIncrByFloat = new("HINCRBYFLOAT");
    public static readonly CommandInfo HSetNx = new("HSETNX");
    public static readonly CommandInfo HScan = new("HSCAN", R);

    // Lists. BLPOP and BRPOP end with their timeout, so their last key is the one before it (-2).
    public static readonly CommandInfo LPush = new("LPUSH");
    public static readonly CommandInfo RPush = new("RPUSH");
    public static readonly CommandInfo LPushX = new("LPUSHX");
    public static readonly CommandInfo RPushX = new("RPUSHX");
    public static readonly CommandInfo LPop = new("LPOP");
    public static readonly CommandInfo RPop = new("RPOP");
    public static readonly CommandInfo LRange = new("LRANGE", R);
    public static readonly CommandInfo LLen = new("LLEN", R);
    public static readonly CommandInfo LIndex = new("LINDEX", R);
    public static readonly CommandInfo LSet = new("LSET", I);
    public static readonly CommandInfo LInsert = new("LINSERT");
    public static readonly CommandInfo LRem = new("LREM");
    public static readonly CommandInfo LTrim = new("LTRIM");
    public static readonly CommandInfo LPos = new("LPOS", R);
    public static readonly CommandInfo LMove = new("LMOVE", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo LMPop = new("LMPOP", CommandFlags.None, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo BLPop = new("BLPOP", B, lastKey: -2);
    public static readonly CommandInfo BRPop = new("BRPOP", B, lastKey: -2);
    public static readonly CommandInfo BLMove = new("BLMOVE", B, lastKey: 2);
    public static readonly CommandInfo BLMPop = new("BLMPOP", B, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo BRPopLPush = new("BRPOPLPUSH", B, lastKey: 2);

    // Sets. SADD, SREM and SMOVE count what they changed, 0 when resent; SDIFFSTORE d x d stores
    // x minus d, and again x minus that. SINTERSTORE and SUNIONSTORE store and answer the same when resent.
    public static readonly CommandInfo SAdd = new("SADD", CommandFlags.None);
    public static readonly CommandInfo SRem = new("SREM", CommandFlags.None);
    public static readonly CommandInfo SMembers = new("SMEMBERS", R);
    public static readonly CommandInfo SIsMember = new("SISMEMBER", R);
    public static readonly CommandInfo SMIsMember = new("SMISMEMBER", R);
    public static readonly CommandInfo SCard = new("SCARD", R);
    public static readonly CommandInfo SPop = new("SPOP");
    public static readonly CommandInfo SRandMember = new("SRANDMEMBER", R);
    public static readonly CommandInfo SMove = new("SMOVE", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo SInter = new("SINTER", R, lastKey: -1);
    public static readonly CommandInfo SUnion = new("SUNION", R, lastKey: -1);
    public static readonly CommandInfo SDiff = new("SDIFF", R, lastKey: -1);
    public static readonly CommandInfo SInterStore = new("SINTERSTORE", I, lastKey: -1);
    public static readonly CommandInfo SUnionStore = new("SUNIONSTORE", I, lastKey: -1);
    public static readonly CommandInfo SDiffStore = new("SDIFFSTORE", CommandFlags.None, lastKey: -1);
    public static readonly CommandInfo SInterCard = new("SINTERCARD", R, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo SScan = new("SSCAN", R);

    // Sorted sets. ZADD and the removals count what they changed, which is 0 when resent; the
    // stores may take their destination as a source (ZUNIONSTORE d d x adds x's scores again, ZRANGESTORE
    // d d 1 -1 drops one more), so none of them is resent. ZUNIONSTORE, ZINTERSTORE and
    // ZDIFFSTORE name their destination before the key count, which one key range cannot cover:
    // their key positions are the sources, and since the destination must share their slot anyway
    // (CROSSSLOT otherwise), routing by the sources is enough. BZPOPMIN and BZPOPMAX end with their
    // timeout, so their last key is the one before it (-2).
    public static readonly CommandInfo ZAdd = new("ZADD", CommandFlags.None);
    public static readonly CommandInfo ZAddIncr = new("ZADD");
    public static readonly CommandInfo ZRange = new("ZRANGE", R);
    public static readonly CommandInfo ZRangeStore = new("ZRANGESTORE", CommandFlags.None, lastKey: 2);
    public static readonly CommandInfo ZRangeByScore = new("ZRANGEBYSCORE", R);
    public static readonly CommandInfo ZRevRangeByScore = new("ZREVRANGEBYSCORE", R);
    public static readonly CommandInfo ZRangeByLex = new("ZRANGEBYLEX", R);
    public static readonly CommandInfo ZRevRangeByLex = new("ZREVRANGEBYLEX", R);
    public static readonly CommandInfo ZRevRange = new("ZREVRANGE", R);
    public static readonly CommandInfo ZRank = new("ZRANK", R);
    public static readonly CommandInfo ZRevRank = new("ZREVRANK", R);
    public static readonly CommandInfo ZScore = new("ZSCORE", R);
    public static readonly CommandInfo ZMScore = new("ZMSCORE", R);
    public static readonly CommandInfo ZIncrBy = new("ZINCRBY");
    public static readonly CommandInfo ZCard = new("ZCARD", R);
    public static readonly CommandInfo ZCount = new("ZCOUNT", R);
    public static readonly CommandInfo ZLexCount = new("ZLEXCOUNT", R);
    public static readonly CommandInfo ZRem = new("ZREM", CommandFlags.None);
    public static readonly CommandInfo ZRemRangeByRank = new("ZREMRANGEBYRANK");
    public static readonly CommandInfo ZRemRangeByScore = new("ZREMRANGEBYSCORE", CommandFlags.None);
    public static readonly CommandInfo ZRemRangeByLex = new("ZREMRANGEBYLEX", CommandFlags.None);
    public static readonly CommandInfo ZPopMin = new("ZPOPMIN");
    public static readonly CommandInfo ZPopMax = new("ZPOPMAX");
    public static readonly CommandInfo ZMPop = new("ZMPOP", CommandFlags.None, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo BZPopMin = new("BZPOPMIN", B, lastKey: -2);
    public static readonly CommandInfo BZPopMax = new("BZPOPMAX", B, lastKey: -2);
    public static readonly CommandInfo BZMPop = new("BZMPOP", B, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo ZUnion = new("ZUNION", R, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo ZInter = new("ZINTER", R, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo ZDiff = new("ZDIFF", R, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo ZUnionStore = new("ZUNIONSTORE", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo ZInterStore = new("ZINTERSTORE", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo ZDiffStore = new("ZDIFFSTORE", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo ZInterCard = new("ZINTERCARD", R, firstKey: 2, lastKey: -1, keyCountIndex: 1);
    public static readonly CommandInfo ZRandMember = new("ZRANDMEMBER", R);
    public static readonly CommandInfo ZScan = new("ZSCAN", R);

    // Streams. Only XSETID and XGROUP SETID answer the same when resent: trimming, deleting,
    // acknowledging and the consumer changes count what they did (0 the second time), XGROUP CREATE
    // fails the second time, and XADD, XREADGROUP and the claims act again. XREAD and XREADGROUP name their keys after STREAMS, where the options before it
    // and the number of streams decide the positions: these entries give the name and flags, and
    // StreamReadShapes the key positions of each call.
    public static readonly CommandInfo XAdd = new("XADD");
    public static readonly CommandInfo XSetId = new("XSETID", I);
    public static readonly CommandInfo XRange = new("XRANGE", R);
    public static readonly CommandInfo XRevRange = new("XREVRANGE", R);
    public static readonly CommandInfo XLen = new("XLEN", R);
    public static readonly CommandInfo XDel = new("XDEL", CommandFlags.None);
    public static readonly CommandInfo XTrim = new("XTRIM", CommandFlags.None);
    public static readonly CommandInfo XRead = new("XREAD", R, firstKey: 0);
    public static readonly CommandInfo XReadBlocking = new("XREAD", R | B, firstKey: 0);
    public static readonly CommandInfo XReadGroup = new("XREADGROUP", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo XReadGroupBlocking = new("XREADGROUP", B, firstKey: 0);
    public static readonly CommandInfo XGroupCreate = new("XGROUP CREATE");
    public static readonly CommandInfo XGroupDestroy = new("XGROUP DESTROY", CommandFlags.None);
    public static readonly CommandInfo XGroupCreateConsumer = new("XGROUP CREATECONSUMER", CommandFlags.None);
    public static readonly CommandInfo XGroupDelConsumer = new("XGROUP DELCONSUMER", CommandFlags.None);
    public static readonly CommandInfo XGroupSetId = new("XGROUP SETID", I);
    public static readonly CommandInfo XAck = new("XACK", CommandFlags.None);
    public static readonly CommandInfo XPending = new("XPENDING", R);
    public static readonly CommandInfo XClaim = new("XCLAIM");
    public static readonly CommandInfo XAutoClaim = new("XAUTOCLAIM");
    public static readonly CommandInfo XInfoStream = new("XINFO STREAM", R);
    public static readonly CommandInfo XInfoGroups = new("XINFO GROUPS", R);
    public static readonly CommandInfo XInfoConsumers = new("XINFO CONSUMERS", R);

    // Geo. GEOADD counts what it added; GEOSEARCHSTORE d d ... STOREDIST replaces positions by distances.
    public static readonly CommandInfo GeoAdd = new("GEOADD", CommandFlags.None);
    public static readonly CommandInfo GeoDist = new("GEODIST", R);
    public static readonly CommandInfo GeoHash = new("GEOHASH", R);
    public static readonly CommandInfo GeoPos = new("GEOPOS", R);
    public static readonly CommandInfo GeoSearch = new("GEOSEARCH", R);
    public static readonly CommandInfo GeoSearchStore = new("GEOSEARCHSTORE", CommandFlags.None, lastKey: 2);

    // HyperLogLog. PFADD answers whether it changed anything (not the second time); PFMERGE only unites.
    public static readonly CommandInfo PfAdd = new("PFADD", CommandFlags.None);
    public static readonly CommandInfo PfCount = new("PFCOUNT", R, lastKey: -1);
    public static readonly CommandInfo PfMerge = new("PFMERGE", I, lastKey: -1);

    // Bitmaps. BITFIELD may increment and SETBIT answers the bit it replaced (its own, when resent), so
    // neither is resent; BITOP XOR or NOT into one of its sources flips the bits back when run twice.
    // BITFIELD_RO only reads.
    public static readonly CommandInfo SetBit = new("SETBIT", CommandFlags.None);
    public static readonly CommandInfo GetBit = new("GETBIT", R);
    public static readonly CommandInfo BitCount = new("BITCOUNT", R);
    public static readonly CommandInfo BitPos = new("BITPOS", R);
    public static readonly CommandInfo BitOp = new("BITOP", CommandFlags.None, firstKey: 2, lastKey: -1);
    public static readonly CommandInfo BitField = new("BITFIELD");
    public static readonly CommandInfo BitFieldRo = new("BITFIELD_RO", R);

    // Transactions: MULTI and EXEC are written around a transaction's commands as one batch.
    public static readonly CommandInfo Multi = new("MULTI", S, firstKey: 0);
    public static readonly CommandInfo Exec = new("EXEC", S, firstKey: 0);
    public static readonly CommandInfo Watch = new("WATCH", S, lastKey: -1);
    public static readonly CommandInfo Unwatch = new("UNWATCH", S, firstKey: 0);

    // Scripting: the keys come after the key count, so the key positions are given by the arguments.
    public static readonly CommandInfo Eval = new("EVAL", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo EvalSha = new("EVALSHA", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo EvalRo = new("EVAL_RO", R, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo EvalShaRo = new("EVALSHA_RO", R, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo ScriptLoad = new("SCRIPT LOAD", I, firstKey: 0);
    public static readonly CommandInfo ScriptExists = new("SCRIPT EXISTS", I, firstKey: 0);
    public static readonly CommandInfo ScriptFlush = new("SCRIPT FLUSH", I, firstKey: 0);

    // Functions. FCALL lays out its keys as EVAL does. Loading a library that exists fails unless
    // REPLACE is given, and deleting one twice fails, so only LOAD REPLACE and FLUSH may be resent.
    public static readonly CommandInfo FCall = new("FCALL", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo FCallRo = new("FCALL_RO", R, firstKey: 3, lastKey: -1, keyCountIndex: 2);
    public static readonly CommandInfo FunctionLoad = new("FUNCTION LOAD", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo FunctionLoadReplace = new("FUNCTION LOAD", I, firstKey: 0);
    public static readonly CommandInfo FunctionDelete = new("FUNCTION DELETE", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo FunctionList = new("FUNCTION LIST", I, firstKey: 0);
    public static readonly CommandInfo FunctionFlush = new("FUNCTION FLUSH", I, firstKey: 0);
    public static readonly CommandInfo FunctionDump = new("FUNCTION DUMP", I, firstKey: 0);
    public static readonly CommandInfo FunctionRestore = new("FUNCTION RESTORE", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo FunctionStats = new("FUNCTION STATS", I, firstKey: 0);

    // Pub/sub: subscriptions change the connection's state; publishing and introspection do not.
    public static readonly CommandInfo Subscribe = new("SUBSCRIBE", S, firstKey: 0);
    public static readonly CommandInfo Unsubscribe = new("UNSUBSCRIBE", S, firstKey: 0);
    public static readonly CommandInfo PSubscribe = new("PSUBSCRIBE", S, firstKey: 0);
    public static readonly CommandInfo PUnsubscribe = new("PUNSUBSCRIBE", S, firstKey: 0);
    public static readonly CommandInfo SSubscribe = new("SSUBSCRIBE", S, lastKey: -1);
    public static readonly CommandInfo SUnsubscribe = new("SUNSUBSCRIBE", S, lastKey: -1);
    public static readonly CommandInfo Publish = new("PUBLISH", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo SPublish = new("SPUBLISH", CommandFlags.None);
    public static readonly CommandInfo PubSubChannels = new("PUBSUB CHANNELS", I, firstKey: 0);
    public static readonly CommandInfo PubSubNumSub = new("PUBSUB NUMSUB", I, firstKey: 0);
    public static readonly CommandInfo PubSubNumPat = new("PUBSUB NUMPAT", I, firstKey: 0);
    public static readonly CommandInfo PubSubShardChannels = new("PUBSUB SHARDCHANNELS", I, firstKey: 0);
    public static readonly CommandInfo PubSubShardNumSub = new("PUBSUB SHARDNUMSUB", I, firstKey: 0);

    // Server. The server flags none of these readonly (they read the server, not the keyspace): the
    // queries are Idempotent. LATENCY RESET counts the events it reset, 0 when resent.
    public static readonly CommandInfo Info = new("INFO", I, firstKey: 0);
    public static readonly CommandInfo DbSize = new("DBSIZE", R, firstKey: 0);
    public static readonly CommandInfo FlushDb = new("FLUSHDB", I, firstKey: 0);
    public static readonly CommandInfo FlushAll = new("FLUSHALL", I, firstKey: 0);
    public static readonly CommandInfo Time = new("TIME", I, firstKey: 0);
    public static readonly CommandInfo ConfigGet = new("CONFIG GET", I, firstKey: 0);
    public static readonly CommandInfo ConfigSet = new("CONFIG SET", I, firstKey: 0);
    public static readonly CommandInfo ConfigRewrite = new("CONFIG REWRITE", I, firstKey: 0);
    public static readonly CommandInfo ConfigResetStat = new("CONFIG RESETSTAT", I, firstKey: 0);
    public static readonly CommandInfo SlowLogGet = new("SLOWLOG GET", I, firstKey: 0);
    public static readonly CommandInfo SlowLogLen = new("SLOWLOG LEN", I, firstKey: 0);
    public static readonly CommandInfo SlowLogReset = new("SLOWLOG RESET", I, firstKey: 0);
    public static readonly CommandInfo MemoryUsage = new("MEMORY USAGE", R);
    public static readonly CommandInfo MemoryStats = new("MEMORY STATS", I, firstKey: 0);
    public static readonly CommandInfo LatencyLatest = new("LATENCY LATEST", I, firstKey: 0);
    public static readonly CommandInfo LatencyHistory = new("LATENCY HISTORY", I, firstKey: 0);
    public static readonly CommandInfo LatencyReset = new("LATENCY RESET", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo CommandCount = new("COMMAND COUNT", I, firstKey: 0);
    public static readonly CommandInfo CommandDocs = new("COMMAND DOCS", I, firstKey: 0);
    public static readonly CommandInfo CommandInfo = new("COMMAND INFO", I, firstKey: 0);
    public static readonly CommandInfo CommandList = new("COMMAND LIST", I, firstKey: 0);
    public static readonly CommandInfo CommandGetKeys = new("COMMAND GETKEYS", I, firstKey: 0);
    public static readonly CommandInfo CommandGetKeysAndFlags = new("COMMAND GETKEYSANDFLAGS", I, firstKey: 0);
    public static readonly CommandInfo LatencyDoctor = new("LATENCY DOCTOR", I, firstKey: 0);
    public static readonly CommandInfo LatencyGraph = new("LATENCY GRAPH", I, firstKey: 0);
    public static readonly CommandInfo LatencyHistogram = new("LATENCY HISTOGRAM", I, firstKey: 0);
    public static readonly CommandInfo MemoryDoctor = new("MEMORY DOCTOR", I, firstKey: 0);
    public static readonly CommandInfo MemoryMallocStats = new("MEMORY MALLOC-STATS", I, firstKey: 0);
    public static readonly CommandInfo MemoryPurge = new("MEMORY PURGE", I, firstKey: 0);
    public static readonly CommandInfo ScriptKill = new("SCRIPT KILL", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo FunctionKill = new("FUNCTION KILL", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo Lolwut = new("LOLWUT", R, firstKey: 0);
    public static readonly CommandInfo ModuleList = new("MODULE LIST", I, firstKey: 0);
    public static readonly CommandInfo ModuleLoad = new("MODULE LOAD", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ModuleLoadEx = new("MODULE LOADEX", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ModuleUnload = new("MODULE UNLOAD", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo Failover = new("FAILOVER", CommandFlags.None, firstKey: 0);

    // SHUTDOWN's success is the server closing the connection: never resent.
    public static readonly CommandInfo Shutdown = new("SHUTDOWN", CommandFlags.None, firstKey: 0);

    // MIGRATE host port key db timeout [COPY] [REPLACE] [AUTH password | AUTH2 username password]: its
    // AUTH arguments are passwords, so it is Sensitive. With several keys the key argument is empty
    // and the keys follow KEYS, last, after 0 to 5 option words: one definition per option count.
    public static readonly CommandInfo Migrate = new("MIGRATE", CommandFlags.Sensitive, firstKey: 3, lastKey: 3);
    public static readonly CommandInfo[] MigrateKeys =
        [.. Enumerable.Range(0, 6).Select(options => new CommandInfo("MIGRATE", CommandFlags.Sensitive, firstKey: 7 + options, lastKey: -1))];

    // HELP of every container command: one definition each, chosen by name.
    public static readonly CommandInfo AclHelp = new("ACL HELP", I, firstKey: 0);
    public static readonly CommandInfo ClientHelp = new("CLIENT HELP", I, firstKey: 0);
    public static readonly CommandInfo CommandHelp = new("COMMAND HELP", I, firstKey: 0);
    public static readonly CommandInfo ConfigHelp = new("CONFIG HELP", I, firstKey: 0);
    public static readonly CommandInfo FunctionHelp = new("FUNCTION HELP", I, firstKey: 0);
    public static readonly CommandInfo LatencyHelp = new("LATENCY HELP", I, firstKey: 0);
    public static readonly CommandInfo MemoryHelp = new("MEMORY HELP", I, firstKey: 0);
    public static readonly CommandInfo ModuleHelp = new("MODULE HELP", I, firstKey: 0);
    public static readonly CommandInfo ObjectHelp = new("OBJECT HELP", I, firstKey: 0);
    public static readonly CommandInfo PubSubHelp = new("PUBSUB HELP", I, firstKey: 0);
    public static readonly CommandInfo ScriptHelp = new("SCRIPT HELP", I, firstKey: 0);
    public static readonly CommandInfo SlowLogHelp = new("SLOWLOG HELP", I, firstKey: 0);
    public static readonly CommandInfo XGroupHelp = new("XGROUP HELP", I, firstKey: 0);
    public static readonly CommandInfo XInfoHelp = new("XINFO HELP", I, firstKey: 0);
    public static readonly CommandInfo ClusterHelp = new("CLUSTER HELP", I, firstKey: 0);

    public static readonly IReadOnlyDictionary<string, CommandInfo> Help = new[]
    {
        AclHelp, ClientHelp, CommandHelp, ConfigHelp, FunctionHelp, LatencyHelp, MemoryHelp, ModuleHelp, ObjectHelp, PubSubHelp,
        ScriptHelp, SlowLogHelp, XGroupHelp, XInfoHelp, ClusterHelp,
    }.ToDictionary(info => info.Name[..info.Name.IndexOf(' ', StringComparison.Ordinal)], StringComparer.OrdinalIgnoreCase);
    public static readonly CommandInfo LastSave = new("LASTSAVE", I, firstKey: 0);

    // Persistence and replication. A second BGSAVE or BGREWRITEAOF is refused while one runs, and
    // SWAPDB run twice undoes itself, so none of them is resent after a connection failure.
    public static readonly CommandInfo Save = new("SAVE", I, firstKey: 0);
    public static readonly CommandInfo BgSave = new("BGSAVE", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo BgRewriteAof = new("BGREWRITEAOF", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo Role = new("ROLE", I, firstKey: 0);
    public static readonly CommandInfo ReplicaOf = new("REPLICAOF", I, firstKey: 0);
    public static readonly CommandInfo SwapDb = new("SWAPDB", CommandFlags.None, firstKey: 0);

    // DEBUG: only the subcommands that neither crash, corrupt nor reconfigure the server are defined.
    public static readonly CommandInfo DebugSleep = new("DEBUG SLEEP", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo DebugObject = new("DEBUG OBJECT", I);

    // MONITOR turns its connection into a stream of lines for good.
    public static readonly CommandInfo Monitor = new("MONITOR", S, firstKey: 0);

    // ACL. SETUSER's rules may hold passwords, which its error replies can quote: it is Sensitive.
    // DELUSER counts the users it deleted, 0 when resent.
    public static readonly CommandInfo AclSetUser = new("ACL SETUSER", I | CommandFlags.Sensitive, firstKey: 0);
    public static readonly CommandInfo AclGetUser = new("ACL GETUSER", I, firstKey: 0);
    public static readonly CommandInfo AclDelUser = new("ACL DELUSER", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo AclList = new("ACL LIST", I, firstKey: 0);
    public static readonly CommandInfo AclUsers = new("ACL USERS", I, firstKey: 0);
    public static readonly CommandInfo AclCat = new("ACL CAT", I, firstKey: 0);
    public static readonly CommandInfo AclWhoAmI = new("ACL WHOAMI", I, firstKey: 0);
    public static readonly CommandInfo AclLog = new("ACL LOG", I, firstKey: 0);
    public static readonly CommandInfo AclLogReset = new("ACL LOG", I, firstKey: 0);
    public static readonly CommandInfo AclDryRun = new("ACL DRYRUN", I, firstKey: 0);
    public static readonly CommandInfo AclGenPass = new("ACL GENPASS", I, firstKey: 0);
    public static readonly CommandInfo AclLoad = new("ACL LOAD", I, firstKey: 0);
    public static readonly CommandInfo AclSave = new("ACL SAVE", I, firstKey: 0);

    // Cluster management (Redis 7.0). Commands that fail when repeated after succeeding (ADDSLOTS of
    // a slot already added, FORGET of a node already forgotten, BUMPEPOCH, FAILOVER, RESET) are not
    // resent. ASKING, READONLY and READWRITE change one connection's state.
    public static readonly CommandInfo ClusterAddSlots = new("CLUSTER ADDSLOTS", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterAddSlotsRange = new("CLUSTER ADDSLOTSRANGE", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterBumpEpoch = new("CLUSTER BUMPEPOCH", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterCountFailureReports = new("CLUSTER COUNT-FAILURE-REPORTS", I, firstKey: 0);
    public static readonly CommandInfo ClusterCountKeysInSlot = new("CLUSTER COUNTKEYSINSLOT", I, firstKey: 0);
    public static readonly CommandInfo ClusterDelSlots = new("CLUSTER DELSLOTS", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterDelSlotsRange = new("CLUSTER DELSLOTSRANGE", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterFailover = new("CLUSTER FAILOVER", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterFlushSlots = new("CLUSTER FLUSHSLOTS", I, firstKey: 0);
    public static readonly CommandInfo ClusterForget = new("CLUSTER FORGET", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterGetKeysInSlot = new("CLUSTER GETKEYSINSLOT", I, firstKey: 0);
    public static readonly CommandInfo ClusterInfo = new("CLUSTER INFO", I, firstKey: 0);
    public static readonly CommandInfo ClusterKeySlot = new("CLUSTER KEYSLOT", I, firstKey: 0);
    public static readonly CommandInfo ClusterLinks = new("CLUSTER LINKS", I, firstKey: 0);
    public static readonly CommandInfo ClusterMeet = new("CLUSTER MEET", I, firstKey: 0);
    public static readonly CommandInfo ClusterMyId = new("CLUSTER MYID", I, firstKey: 0);
    public static readonly CommandInfo ClusterNodes = new("CLUSTER NODES", I, firstKey: 0);
    public static readonly CommandInfo ClusterReplicas = new("CLUSTER REPLICAS", I, firstKey: 0);
    public static readonly CommandInfo ClusterReplicate = new("CLUSTER REPLICATE", I, firstKey: 0);
    public static readonly CommandInfo ClusterReset = new("CLUSTER RESET", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterSaveConfig = new("CLUSTER SAVECONFIG", I, firstKey: 0);
    public static readonly CommandInfo ClusterSetConfigEpoch = new("CLUSTER SET-CONFIG-EPOCH", CommandFlags.None, firstKey: 0);
    public static readonly CommandInfo ClusterSetSlot = new("CLUSTER SETSLOT", I, firstKey: 0);
    public static readonly CommandInfo ClusterShards = new("CLUSTER SHARDS", I, firstKey: 0);
    public static readonly CommandInfo ClusterSlots = new("CLUSTER SLOTS", I, firstKey: 0);
    public static readonly CommandInfo Asking = new("ASKING", S, firstKey: 0);
    public static readonly CommandInfo ReadOnly = new("READONLY", S, firstKey: 0);
    public static readonly CommandInfo ReadWrite = new("READWRITE", S, firstKey: 0);
}
